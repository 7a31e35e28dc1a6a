import { run } from './action/main.js';
import { abandonedRequests } from './github/client.js';
import { deadlinePassed } from './net/deadline.js';

await run();
// A call given up on at its timeout or the deadline may still hold a socket: the step ends now.
if (deadlinePassed() || abandonedRequests() > 0) process.exit();
