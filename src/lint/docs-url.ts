/** Where each rule's page lives; findings, SARIF and annotations link there. */
export const REPOSITORY_URL = 'https://github.com/lifeguard-dev/lifeguard';
export const DOCS_BASE_URL = `${REPOSITORY_URL}/blob/main/docs/rules/`;

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
