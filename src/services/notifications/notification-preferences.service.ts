import {
  defaultEmailModes,
  type EmailMode,
  fixedCategories,
  type NotificationCategory,
  notificationCategories,
  type NotificationPreferences,
  type SaveNotificationPreferences,
} from '../../../shared/schemas/notifications.ts';
import type { Database } from '../../db/database.ts';
import { findNotificationPreferences, saveNotificationPreferences } from '../../db/repositories/notification.repository.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';

/** Every category with its email mode: the stored choice where there is one, else the default; fixed categories always their default. */
function preferencesFrom(stored: Map<NotificationCategory, EmailMode>): NotificationPreferences {
  return {
    categories: notificationCategories.map((category) => {
      const changeable = !fixedCategories.includes(category);
      return { category, email: (changeable ? stored.get(category) : undefined) ?? defaultEmailModes[category], changeable };
    }),
  };
}

/**
 * How a category reaches a person by email: `immediate`, `daily` or `weekly` digest, or `off`.
 * The seam the email side asks before queueing a message; account and security messages
 * (account: invitations, password) are always `immediate`, whatever is stored.
 *
 * @example if ((await emailModeFor(trx, orgId, personId, 'meetings')) === 'immediate') await queueEmail(trx, message);
 */
export async function emailModeFor(
  db: Database,
  organizationId: string,
  personId: string,
  category: NotificationCategory,
): Promise<EmailMode> {
  if (fixedCategories.includes(category)) return defaultEmailModes[category];
  return (await findNotificationPreferences(db, organizationId, personId)).get(category) ?? defaultEmailModes[category];
}

/** The caller's email mode per category (in-app notifications are always on). */
export async function getMyNotificationPreferences(ctx: ServiceContext, actor: Actor): Promise<NotificationPreferences> {
  return preferencesFrom(await findNotificationPreferences(ctx.db, actor.organizationId, actor.personId));
}

/**
 * Saves the caller's email modes for the categories named (others keep theirs), sparsely: a
 * category set back to its default keeps no row. The fixed categories are not in the input's
 * schema, so they cannot be changed.
 *
 * @example await saveMyNotificationPreferences(ctx, actor, { email: { nudges: 'weekly' } });
 */
export async function saveMyNotificationPreferences(
  ctx: ServiceContext,
  actor: Actor,
  input: SaveNotificationPreferences,
): Promise<NotificationPreferences> {
  const changes = Object.entries(input.email).flatMap(([name, email]) => {
    const category = name as NotificationCategory;
    return email === undefined ? [] : [{ category, email, isDefault: defaultEmailModes[category] === email }];
  });
  return ctx.db.transaction(async (trx) => {
    await saveNotificationPreferences(trx, actor.organizationId, actor.personId, changes, ctx.now());
    return preferencesFrom(await findNotificationPreferences(trx, actor.organizationId, actor.personId));
  });
}
