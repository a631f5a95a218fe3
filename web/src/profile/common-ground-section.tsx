import { ActionIcon, Alert, Button, Checkbox, Group, Select, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import IconPlus from '~icons/tabler/plus';
import IconTrash from '~icons/tabler/trash';
import { attributeVisibilities, attributeVisibilityLabels } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import { formatDate } from '../layout/format.ts';
import type { ProfileFormValues } from './profile-form-values.ts';
import { ProfileSection } from './profile-section.tsx';

const visibilityOptions = attributeVisibilities.map((visibility) => ({ value: visibility, label: attributeVisibilityLabels[visibility] }));
const maxAttributes = 20;

interface CommonGroundSectionProps {
  form: UseFormReturnType<ProfileFormValues>;
  consentGivenAt: string | null;
}

/** Interests, background and, with consent, self-described identity attributes with who may see each. */
export function CommonGroundSection({ form, consentGivenAt }: CommonGroundSectionProps) {
  const consent = form.values.commonGroundConsent;
  const attributes = form.values.identityAttributes;
  return (
    <ProfileSection id="common-ground-heading" title="Common ground" description="Shared interests and experiences help people connect.">
      <TagsInput
        label="Interests"
        description="Press Enter after each interest"
        maxTags={limits.listMax}
        key={form.key('interests')}
        {...form.getInputProps('interests')}
      />
      <Textarea
        label="Background"
        description="Anything about your path you would like mentors or mentees to know"
        autosize
        minRows={3}
        maxLength={limits.longTextMax}
        key={form.key('background')}
        {...form.getInputProps('background')}
      />
      <Alert color="gray" variant="light" title="About identity attributes">
        You may describe parts of your identity or background (for example “first in family to attend university” or a culture you belong
        to). This is entirely optional. For each one you choose who may see it: only you, used for matching without ever being shown, or
        shown to people in your programs. You can change or remove them at any time, and withdrawing consent removes them all when you save.
      </Alert>
      <Checkbox
        label="I agree to the common-ground consent"
        description={consent && consentGivenAt ? `Given on ${formatDate(consentGivenAt)}` : undefined}
        key={form.key('commonGroundConsent')}
        {...form.getInputProps('commonGroundConsent', { type: 'checkbox' })}
      />
      {consent ? (
        <Stack gap="sm">
          {attributes.map((_, index) => (
            <Group key={form.key(`identityAttributes.${index}`)} align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                label="Label"
                placeholder="e.g. Languages at home"
                maxLength={80}
                style={{ flex: 1, minWidth: 160 }}
                {...form.getInputProps(`identityAttributes.${index}.label`)}
              />
              <TextInput
                label="Value"
                maxLength={limits.shortTextMax}
                style={{ flex: 1, minWidth: 160 }}
                {...form.getInputProps(`identityAttributes.${index}.value`)}
              />
              <Select
                label="Visibility"
                data={visibilityOptions}
                allowDeselect={false}
                w={300}
                {...form.getInputProps(`identityAttributes.${index}.visibility`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={`Remove attribute ${index + 1}`}
                onClick={() => form.removeListItem('identityAttributes', index)}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              disabled={attributes.length >= maxAttributes}
              onClick={() => form.insertListItem('identityAttributes', { label: '', value: '', visibility: 'private' })}
            >
              Add attribute
            </Button>
          </Group>
        </Stack>
      ) : attributes.length > 0 ? (
        <Text size="sm" c="orange.8">
          Without consent, your {attributes.length} identity attribute(s) will be removed when you save.
        </Text>
      ) : null}
    </ProfileSection>
  );
}
