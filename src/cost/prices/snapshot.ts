/**
 * The bundled S3 price snapshot: what lifeguard prices with when live prices are not asked for or
 * cannot be had. Data only; the loader (bundled.ts) fills figures a region lacks from the fallback
 * region and marks them. Regenerate with `npm run prices:refresh` (docs/prices.md).
 *
 * Units: storage in USD per binary GB-month, bands in GB; requests in USD per request (not per 1,000).
 */
import type { PriceSnapshot } from './snapshot-format.js';

export const SNAPSHOT: PriceSnapshot = {
  format: 1,
  date: "2026-02-23",
  description:
    "Compiled by hand from shared/spec/s3-pricing.md: the S3 pricing page (S1, S2; undated, 2025 or later), AWS offer files as read by objectfs (S3; first volume band only, late 2025 or later) and a GetProducts capture published 2026-02-23 (S11).",
  fallbackRegion: "us-east-1",
  sources: {
    S1: "aws.amazon.com/s3/pricing, region US East (N. Virginia); undated copy, 2025 or later",
    S2: "aws.amazon.com/s3/pricing, region Middle East (UAE); undated copy",
    S3: "scttfrdmn/objectfs internal/awsrates/rates_generated.go @7c70dc0e, generated from the AmazonS3 offer files of 36 regions; first volume band only",
    S11: "GetProducts capture for AmazonS3 us-east-1, publicationDate 2026-02-23 (Standard storage bands)",
  },
  regions: {
    "us-east-1": {
      sources: ["S1","S3","S11"],
      storage: {
        STANDARD: { bands: [[0,51200,0.023],[51200,512000,0.022],[512000,null,0.021]], src: "S1,S11" },
        REDUCED_REDUNDANCY: { bands: [[0,51200,0.023],[51200,512000,0.022],[512000,null,0.021]], src: "S1", inferred: "no Reduced Redundancy price in the sources; S3 Standard's price stands in" },
        STANDARD_IA: { bands: [[0,null,0.0125]], src: "S1" },
        INTELLIGENT_TIERING: { bands: [[0,51200,0.023],[51200,512000,0.022],[512000,null,0.021]], src: "S1" },
        ONEZONE_IA: { bands: [[0,null,0.01]], src: "S1" },
        GLACIER_IR: { bands: [[0,null,0.004]], src: "S1" },
        GLACIER: { bands: [[0,null,0.0036]], src: "S1" },
        DEEP_ARCHIVE: { bands: [[0,null,0.00099]], src: "S1" },
      },
      transitionPerRequest: {
        STANDARD_IA: { usd: 0.00001, src: "S1" },
        INTELLIGENT_TIERING: { usd: 0.00001, src: "S1" },
        ONEZONE_IA: { usd: 0.00001, src: "S1" },
        GLACIER_IR: { usd: 0.00002, src: "S1" },
        GLACIER: { usd: 0.00003, src: "S1" },
        DEEP_ARCHIVE: { usd: 0.00005, src: "S1" },
      },
      itMonitoringPerObject: { usd: 0.0000025, src: "S1" },
      itInfrequentPerGb: { usd: 0.0125, src: "S1" },
      itArchiveInstantPerGb: { usd: 0.004, src: "S1" },
    },
    "us-east-2": {
      sources: [],
      storage: {},
      transitionPerRequest: {},
    },
    "us-west-1": {
      sources: ["S3"],
      storage: {
        STANDARD: { bands: [[0,51200,0.026]], src: "S3" },
        REDUCED_REDUNDANCY: { bands: [[0,51200,0.026]], src: "S3", inferred: "no Reduced Redundancy price in the sources; S3 Standard's price stands in" },
        STANDARD_IA: { bands: [[0,null,0.0144]], src: "S3" },
        INTELLIGENT_TIERING: { bands: [[0,51200,0.026]], src: "S3", inferred: "S3 Standard's first band: Intelligent-Tiering Frequent Access equals it in all seven regions whose sources give both (S1, S2, S3)" },
        ONEZONE_IA: { bands: [[0,null,0.0115]], src: "S3" },
        GLACIER_IR: { bands: [[0,null,0.005]], src: "S3" },
        GLACIER: { bands: [[0,null,0.0045]], src: "S3" },
        DEEP_ARCHIVE: { bands: [[0,null,0.002]], src: "S3", note: "S3 reads Deep Archive storage from the Intelligent-Tiering Deep Archive Access SKU (S17); S1 and S2 show the two equal" },
      },
      transitionPerRequest: {},
    },
    "us-west-2": {
      sources: ["S3"],
      storage: {
        STANDARD: { bands: [[0,51200,0.023]], src: "S3" },
        REDUCED_REDUNDANCY: { bands: [[0,51200,0.023]], src: "S3", inferred: "no Reduced Redundancy price in the sources; S3 Standard's price stands in" },
        STANDARD_IA: { bands: [[0,null,0.0125]], src: "S3" },
        INTELLIGENT_TIERING: { bands: [[0,51200,0.023]], src: "S3" },
        ONEZONE_IA: { bands: [[0,null,0.01]], src: "S3" },
        GLACIER_IR: { bands: [[0,null,0.004]], src: "S3" },
        GLACIER: { bands: [[0,null,0.0036]], src: "S3" },
        DEEP_ARCHIVE: { bands: [[0,null,0.00099]], src: "S3", note: "S3 reads Deep Archive storage from the Intelligent-Tiering Deep Archive Access SKU (S17); S1 and S2 show the two equal" },
      },
      transitionPerRequest: {
        STANDARD_IA: { usd: 0.00001, src: "S3", inferred: "equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)" },
        ONEZONE_IA: { usd: 0.00001, src: "S3", inferred: "equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)" },
        GLACIER_IR: { usd: 0.00002, src: "S3", inferred: "equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)" },
        GLACIER: { usd: 0.00003, src: "S3", note: "S3 reads the Requests-GLACIER-Tier1 PutObject SKU, equal to the S3-GlacierTransition SKU in every region S17 checked" },
        DEEP_ARCHIVE: { usd: 0.00005, src: "S3" },
      },
    },
    "eu-west-1": {
      sources: ["S3"],
      storage: {
        STANDARD: { bands: [[0,51200,0.023]], src: "S3" },
        REDUCED_REDUNDANCY: { bands: [[0,51200,0.023]], src: "S3", inferred: "no Reduced Redundancy price in the sources; S3 Standard's price stands in" },
        STANDARD_IA: { bands: [[0,null,0.0125]], src: "S3" },
        INTELLIGENT_TIERING: { bands: [[0,51200,0.023]], src: "S3" },
        ONEZONE_IA: { bands: [[0,null,0.01]], src: "S3" },
        GLACIER_IR: { bands: [[0,null,0.004]], src: "S3" },
        GLACIER: { bands: [[0,null,0.0036]], src: "S3" },
        DEEP_ARCHIVE: { bands: [[0,null,0.00099]], src: "S3", note: "S3 reads Deep Archive storage from the Intelligent-Tiering Deep Archive Access SKU (S17); S1 and S2 show the two equal" },
      },
      transitionPerRequest: {
        STANDARD_IA: { usd: 0.00001, src: "S3", inferred: "equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)" },
        ONEZONE_IA: { usd: 0.00001, src: "S3", inferred: "equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)" },
        GLACIER_IR: { usd: 0.00002, src: "S3", inferred: "equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)" },
        GLACIER: { usd: 0.000033, src: "S3", note: "S3 reads the Requests-GLACIER-Tier1 PutObject SKU, equal to the S3-GlacierTransition SKU in every region S17 checked" },
        DEEP_ARCHIVE: { usd: 0.000055, src: "S3" },
      },
    },
    "eu-central-1": {
      sources: ["S3"],
      storage: {
        STANDARD: { bands: [[0,51200,0.0245]], src: "S3" },
        REDUCED_REDUNDANCY: { bands: [[0,51200,0.0245]], src: "S3", inferred: "no Reduced Redundancy price in the sources; S3 Standard's price stands in" },
        STANDARD_IA: { bands: [[0,null,0.0135]], src: "S3" },
        INTELLIGENT_TIERING: { bands: [[0,51200,0.0245]], src: "S3" },
        ONEZONE_IA: { bands: [[0,null,0.0108]], src: "S3" },
        GLACIER_IR: { bands: [[0,null,0.005]], src: "S3" },
        GLACIER: { bands: [[0,null,0.00405]], src: "S3" },
        DEEP_ARCHIVE: { bands: [[0,null,0.0018]], src: "S3", note: "S3 reads Deep Archive storage from the Intelligent-Tiering Deep Archive Access SKU (S17); S1 and S2 show the two equal" },
      },
      transitionPerRequest: {},
    },
    "ap-southeast-1": {
      sources: ["S3"],
      storage: {
        STANDARD: { bands: [[0,51200,0.025]], src: "S3" },
        REDUCED_REDUNDANCY: { bands: [[0,51200,0.025]], src: "S3", inferred: "no Reduced Redundancy price in the sources; S3 Standard's price stands in" },
        STANDARD_IA: { bands: [[0,null,0.0138]], src: "S3" },
        INTELLIGENT_TIERING: { bands: [[0,51200,0.025]], src: "S3" },
        ONEZONE_IA: { bands: [[0,null,0.011]], src: "S3" },
        GLACIER_IR: { bands: [[0,null,0.005]], src: "S3" },
        GLACIER: { bands: [[0,null,0.0045]], src: "S3" },
        DEEP_ARCHIVE: { bands: [[0,null,0.002]], src: "S3", note: "S3 reads Deep Archive storage from the Intelligent-Tiering Deep Archive Access SKU (S17); S1 and S2 show the two equal" },
      },
      transitionPerRequest: {
        STANDARD_IA: { usd: 0.00001, src: "S3", inferred: "equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)" },
        ONEZONE_IA: { usd: 0.00001, src: "S3", inferred: "equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)" },
        GLACIER_IR: { usd: 0.00002, src: "S3", inferred: "equal to the class's PUT request price in S3, as the transition price equals the PUT price on both pricing-page copies (S1, S2)" },
        GLACIER: { usd: 0.000036, src: "S3", note: "S3 reads the Requests-GLACIER-Tier1 PutObject SKU, equal to the S3-GlacierTransition SKU in every region S17 checked" },
        DEEP_ARCHIVE: { usd: 0.00006, src: "S3" },
      },
    },
    "ap-northeast-1": {
      sources: ["S3"],
      storage: {
        STANDARD: { bands: [[0,51200,0.025]], src: "S3" },
        REDUCED_REDUNDANCY: { bands: [[0,51200,0.025]], src: "S3", inferred: "no Reduced Redundancy price in the sources; S3 Standard's price stands in" },
        STANDARD_IA: { bands: [[0,null,0.0138]], src: "S3" },
        INTELLIGENT_TIERING: { bands: [[0,51200,0.025]], src: "S3" },
        ONEZONE_IA: { bands: [[0,null,0.011]], src: "S3" },
        GLACIER_IR: { bands: [[0,null,0.005]], src: "S3" },
        GLACIER: { bands: [[0,null,0.0045]], src: "S3" },
        DEEP_ARCHIVE: { bands: [[0,null,0.002]], src: "S3", note: "S3 reads Deep Archive storage from the Intelligent-Tiering Deep Archive Access SKU (S17); S1 and S2 show the two equal" },
      },
      transitionPerRequest: {},
    },
    "sa-east-1": {
      sources: ["S3"],
      storage: {
        STANDARD: { bands: [[0,51200,0.0405]], src: "S3" },
        REDUCED_REDUNDANCY: { bands: [[0,51200,0.0405]], src: "S3", inferred: "no Reduced Redundancy price in the sources; S3 Standard's price stands in" },
        STANDARD_IA: { bands: [[0,null,0.0221]], src: "S3" },
        INTELLIGENT_TIERING: { bands: [[0,51200,0.0405]], src: "S3", inferred: "S3 Standard's first band: Intelligent-Tiering Frequent Access equals it in all seven regions whose sources give both (S1, S2, S3)" },
        ONEZONE_IA: { bands: [[0,null,0.0177]], src: "S3" },
        GLACIER_IR: { bands: [[0,null,0.0083]], src: "S3" },
        GLACIER: { bands: [[0,null,0.00765]], src: "S3" },
        DEEP_ARCHIVE: { bands: [[0,null,0.0032]], src: "S3", note: "S3 reads Deep Archive storage from the Intelligent-Tiering Deep Archive Access SKU (S17); S1 and S2 show the two equal" },
      },
      transitionPerRequest: {},
    },
    "me-central-1": {
      sources: ["S2","S3"],
      storage: {
        STANDARD: { bands: [[0,51200,0.025],[51200,512000,0.024],[512000,null,0.023]], src: "S2" },
        REDUCED_REDUNDANCY: { bands: [[0,51200,0.025],[51200,512000,0.024],[512000,null,0.023]], src: "S2", inferred: "no Reduced Redundancy price in the sources; S3 Standard's price stands in" },
        STANDARD_IA: { bands: [[0,null,0.0138]], src: "S2,S3" },
        INTELLIGENT_TIERING: { bands: [[0,51200,0.025]], src: "S2" },
        ONEZONE_IA: { bands: [[0,null,0.01104]], src: "S2,S3" },
        GLACIER_IR: { bands: [[0,null,0.005]], src: "S2,S3" },
        GLACIER: { bands: [[0,null,0.00405]], src: "S2,S3" },
        DEEP_ARCHIVE: { bands: [[0,null,0.0018]], src: "S2,S3" },
      },
      transitionPerRequest: {
        STANDARD_IA: { usd: 0.00001, src: "S2" },
        INTELLIGENT_TIERING: { usd: 0.00001, src: "S2" },
        ONEZONE_IA: { usd: 0.00001, src: "S2" },
        GLACIER_IR: { usd: 0.00002, src: "S2" },
        GLACIER: { usd: 0.0000363, src: "S2" },
        DEEP_ARCHIVE: { usd: 0.0000605, src: "S2" },
      },
      itMonitoringPerObject: { usd: 0.0000025, src: "S2" },
      itInfrequentPerGb: { usd: 0.0138, src: "S2" },
      itArchiveInstantPerGb: { usd: 0.005, src: "S2" },
    },
  },
};
