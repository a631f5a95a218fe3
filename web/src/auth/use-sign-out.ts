import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { describeError } from '../api/api-error.ts';
import { sessionQueryKey, signOut } from '../api/auth.api.ts';

/** Signs out, forgets every cached answer and goes to /sign-in. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: signOut,
    onSuccess: async () => {
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
      await navigate('/sign-in', { replace: true });
    },
    onError: (error) => {
      notifications.show({ color: 'red', title: 'Could not sign out', message: describeError(error) });
    },
  });
}
