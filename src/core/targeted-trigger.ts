/**
 * What triggered a targeted inspection (个案处置): a complaint (投诉举报), a referral (转办交办), or a monitoring
 * alert (大数据监测). Defined here once: sampling lists the triggers with their rule, workflow tasks carry one.
 */
export type TargetedInspectionTrigger = 'complaint' | 'referral' | 'monitoring';
