/** Picks the parser for an import source, and guesses the source from a header row. */
import { createAmazonConnectParser } from './amazon-connect.js';
import { createChatwootAgentsParser, createChatwootCsatParser } from './chatwoot.js';
import { createFreshdeskParser } from './freshdesk.js';
import { createGenericParser } from './generic.js';
import { createMysteryShopParser, looksLikeMysteryShop } from './mystery-shop.js';
import { createPosParser } from './pos.js';
import type { ImportSource, SourceParser, SourceSettings } from './types.js';
import { normalizeHeader } from './values.js';
import { createZendeskParser } from './zendesk.js';

export function createParser(source: ImportSource, settings: SourceSettings): SourceParser {
  switch (source) {
    case 'zendesk':
      return createZendeskParser(settings);
    case 'freshdesk':
      return createFreshdeskParser(settings);
    case 'chatwoot_agents':
      return createChatwootAgentsParser(settings);
    case 'chatwoot_csat':
      return createChatwootCsatParser(settings);
    case 'amazon_connect':
      return createAmazonConnectParser(settings);
    case 'pos':
      return createPosParser(settings);
    case 'mystery_shop':
      return createMysteryShopParser(settings);
    case 'generic':
      return createGenericParser(settings);
  }
}

/**
 * Guesses the source of a file from its header row (for the upload screen); null when unsure.
 * A Chatwoot file whose first record is the `Reporting period` line gives null: pass the next
 * record instead.
 */
export function detectSource(header: string[]): ImportSource | null {
  const h = new Set(header.map(normalizeHeader));
  const has = (...names: string[]) => names.some((n) => h.has(n));
  if (
    has('id') &&
    has('assignee') &&
    has('satisfaction score', 'requester id', 'first reply time in minutes')
  ) {
    return 'zendesk';
  }
  if (
    has('ticket id') &&
    has('agent') &&
    has('created time', 'initial response time', 'survey results', 'survey result')
  ) {
    return 'freshdesk';
  }
  if (has('agent name') && has('assigned conversations')) return 'chatwoot_agents';
  if (has('agent name') && has('rating') && has('link to the conversation', 'recorded date')) {
    return 'chatwoot_csat';
  }
  if (has('agent') && has('contacts handled')) return 'amazon_connect';
  if (looksLikeMysteryShop(header)) return 'mystery_shop';
  if (
    has('employee', 'employee name', 'team member', 'staff', 'staff id') &&
    has('date', 'business date', 'day') &&
    has('net sales', 'net', 'sales count', 'sale count', 'tickets', 'items sold')
  ) {
    return 'pos';
  }
  return null;
}
