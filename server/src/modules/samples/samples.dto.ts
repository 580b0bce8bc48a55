import { sampleActionsFrom, type SampleEvaluation, type SampleRequest } from '@ketnoi/shared';
import type { SampleRequestView } from './samples.repository.ts';

const iso = (date: Date | null) => date?.toISOString() ?? null;
const orgName = (org: { legalName: string; tradingName: string | null }) =>
  org.tradingName ?? org.legalName;

export function toSampleRequestDto({
  sample,
  product,
  producer,
  distributor,
}: SampleRequestView): SampleRequest {
  return {
    id: sample.id,
    product,
    producer: { id: producer.id, name: orgName(producer) },
    distributor: { id: distributor.id, name: orgName(distributor) },
    matchId: sample.matchId,
    status: sample.status,
    quantity: sample.quantity,
    unit: sample.unit,
    deliveryAddress: sample.deliveryAddress,
    note: sample.note,
    declineReason: sample.declineReason,
    carrier: sample.carrier,
    trackingNumber: sample.trackingNumber,
    evaluation: (sample.evaluation as SampleEvaluation | null) ?? null,
    allowed: sampleActionsFrom(sample.status),
    answeredAt: iso(sample.answeredAt),
    shippedAt: iso(sample.shippedAt),
    deliveredAt: iso(sample.deliveredAt),
    evaluatedAt: iso(sample.evaluatedAt),
    version: sample.version,
    createdAt: sample.createdAt.toISOString(),
    updatedAt: sample.updatedAt.toISOString(),
  };
}
