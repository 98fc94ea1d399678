import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateReviewTemplateBody } from '@frontline/contract';
import { createTemplate, reviewKeys, setTemplateActive } from '../api';

/** HR creates a review template; the template lists (the editor's, a new cycle's) refetch. */
export function useCreateReviewTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReviewTemplateBody) => createTemplate(body),
    onSuccess: () => qc.invalidateQueries({ queryKey: reviewKeys.templates }),
  });
}

/** HR retires a template from new cycles, or offers it again; the template lists refetch. */
export function useSetReviewTemplateActive(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (active: boolean) => setTemplateActive(id, { active }),
    onSuccess: () => qc.invalidateQueries({ queryKey: reviewKeys.templates }),
  });
}
