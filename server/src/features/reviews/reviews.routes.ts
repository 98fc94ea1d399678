import { reviewsEndpoints as e, Problem } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { ReviewsService } from './reviews.service.js';

/**
 * Reviews (contract: reviewsEndpoints). Templates and cycles are HR's (reviews.manage); a review is
 * read by its person, its reviewer and the reporting line, written by the person (self review) and
 * the reviewer (reviews.conduct), and signed by both.
 */
export function reviewsRoutes(app: App, svc: ReviewsService): void {
  const tags = ['reviews'];
  route(app, e.templates, tags, ({ actor }) => svc.templates(actor));
  route(app, e.createTemplate, tags, ({ actor, body }) => svc.createTemplate(actor, body));
  route(app, e.setTemplateActive, tags, ({ actor, params, body }) =>
    svc.setTemplateActive(actor, params.id, body),
  );
  route(app, e.cycles, tags, ({ actor }) => svc.cycles(actor));
  route(app, e.createCycle, tags, ({ actor, body }) => svc.createCycle(actor, body));
  route(app, e.cycle, tags, ({ actor, params }) => svc.cycle(actor, params.id));
  route(app, e.launch, tags, ({ actor, params }) => svc.launch(actor, params.id));
  route(app, e.progress, tags, ({ actor, params }) => svc.progress(actor, params.id));
  route(app, e.list, tags, ({ actor, query }) => svc.list(actor, query));
  route(app, e.get, tags, ({ actor, params }) => svc.get(actor, params.id));
  route(app, e.writeSelf, tags, ({ actor, params, body }) => svc.writeSelf(actor, params.id, body));
  route(app, e.writeManager, tags, ({ actor, params, body }) => svc.writeManager(actor, params.id, body));
  route(app, e.meeting, tags, ({ actor, params, body }) => svc.meeting(actor, params.id, body));
  route(app, e.sign, tags, ({ actor, params, body }) => svc.sign(actor, params.id, body));
  route(app, e.calibration, tags, ({ actor, params, query }) => svc.calibration(actor, params.id, query));
  route(app, e.calibrate, tags, ({ actor, params, body }) => svc.calibrate(actor, params.id, body));
  route(app, e.requestInput, tags, ({ actor, params, body }) => svc.requestInput(actor, params.id, body));
  route(app, e.myInputs, tags, ({ actor }) => svc.myInputs(actor));
  route(app, e.answerInput, tags, ({ actor, params, body }) => svc.answerInput(actor, params.id, body));
  route(app, e.amend, tags, ({ actor, params, body }) => svc.amend(actor, params.id, body));
  // A download with its own content type and file name: written by hand, from the contract.
  app.get(
    e.pdf.path,
    {
      config: { access: e.pdf.access },
      schema: {
        tags,
        summary: e.pdf.summary,
        description: 'The review as a PDF (application/pdf), with what the reader may see of it.',
        params: e.pdf.params,
        querystring: e.pdf.query,
        response: { 200: e.pdf.response, 400: Problem, 401: Problem, 404: Problem },
      },
    },
    async (req, reply) => {
      const f = await svc.pdf(actorOf(req), req.params.id, req.query);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${f.fileName}"`)
        .send(f.body);
    },
  );
}
