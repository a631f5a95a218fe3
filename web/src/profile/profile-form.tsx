import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OwnProfile } from '../../../shared/schemas/index.ts';
import { ownProfileQueryKey, updateOwnProfile } from '../api/profiles.api.ts';
import { suggestSkill } from '../api/skills.api.ts';
import { SubmitProblemAlert, useSubmitProblem } from '../forms/use-submit-problem.tsx';
import { ApproachSection } from './approach-section.tsx';
import { AvailabilitySection } from './availability-section.tsx';
import { CommonGroundSection } from './common-ground-section.tsx';
import { ExpertiseSection } from './expertise-section.tsx';
import { FunctionsSection } from './functions-section.tsx';
import {
  formValuesToProfileBody,
  profileFormFields,
  profileFormValidation,
  profileToFormValues,
  type ProfileFormValues,
} from './profile-form-values.ts';
import { useSeniorityScaleQuery } from './use-profile-queries.ts';
import { WorkSection } from './work-section.tsx';

interface ProfileFormProps {
  profile: OwnProfile;
  canPickSupervisor: boolean;
}

/** Tags that are not on the approved skills list yet (compared without case). */
/** Tags added since the profile was loaded: suggested to the skills list (the server keeps one of each name). */
function newSkillNames(values: ProfileFormValues, profile: ProfileFormProps['profile']): string[] {
  const known = new Set([...profile.expertiseOffered, ...profile.expertiseWanted].map((name) => name.toLowerCase()));
  const tags = [...values.expertiseOffered, ...values.expertiseWanted];
  return [...new Set(tags.filter((tag) => !known.has(tag.toLowerCase())))];
}

/** The whole profile in sections, saved at once with "Save profile". */
export function ProfileForm({ profile, canPickSupervisor }: ProfileFormProps) {
  const queryClient = useQueryClient();
  const scaleQuery = useSeniorityScaleQuery();
  const form = useForm<ProfileFormValues>({ initialValues: profileToFormValues(profile), validate: profileFormValidation });
  const submitProblem = useSubmitProblem(form, profileFormFields);

  const mutation = useMutation({
    mutationFn: async (values: ProfileFormValues) => {
      const saved = await updateOwnProfile(formValuesToProfileBody(values, canPickSupervisor));
      // New skills go to the coordinators for review; a failed suggestion does not undo the saved profile.
      const suggestions = newSkillNames(values, profile);
      const results = await Promise.allSettled(suggestions.map((name) => suggestSkill(name)));
      // A name already on the list comes back approved: only new ones wait for review.
      return { saved, suggested: results.filter((result) => result.status === 'fulfilled' && result.value.status === 'pending').length };
    },
    onSuccess: async ({ saved, suggested }) => {
      queryClient.setQueryData(ownProfileQueryKey, saved);
      form.resetDirty(profileToFormValues(saved));
      notifications.show({
        color: 'teal',
        title: 'Profile saved',
        message: suggested > 0 ? `${suggested} new skill(s) were suggested for review.` : 'Your changes are saved.',
      });
      await queryClient.invalidateQueries({ queryKey: ['skills'] });
      await queryClient.invalidateQueries({ queryKey: ['session'] });
    },
    onError: submitProblem.showError,
  });

  return (
    <form noValidate onSubmit={submitProblem.onSubmit((values) => mutation.mutate(values))}>
      <Stack gap="lg">
        <SubmitProblemAlert title="Your profile was not saved" message={submitProblem.formMessage} />
        <WorkSection form={form} scale={scaleQuery.data} canPickSupervisor={canPickSupervisor} supervisorName={profile.supervisorName} />
        <ExpertiseSection form={form} />
        <FunctionsSection form={form} />
        <ApproachSection form={form} suggestedApproach={mutation.data?.saved.suggestedApproach ?? profile.suggestedApproach} />
        <AvailabilitySection form={form} />
        <CommonGroundSection form={form} consentGivenAt={mutation.data?.saved.commonGroundConsentAt ?? profile.commonGroundConsentAt} />
        <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="gray.0" style={{ zIndex: 2 }}>
          <Button type="submit" loading={mutation.isPending}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
