package serve

import _ "embed" // the SQL files

// The API's SQL, one file each (queries/).
var (
	//go:embed queries/archive_event.sql
	sqlArchiveEvent string
	//go:embed queries/archive_listing.sql
	sqlArchiveListing string
	//go:embed queries/archive_thread.sql
	sqlArchiveThread string
	//go:embed queries/lab_changed.sql
	sqlLabChanged string
	//go:embed queries/lab_live_only.sql
	sqlLabLiveOnly string
	//go:embed queries/lab_shadow_only.sql
	sqlLabShadowOnly string
	//go:embed queries/lab_shadow_per_day.sql
	sqlLabShadowPerDay string
	//go:embed queries/lab_shadow_versions.sql
	sqlLabShadowVersions string
	//go:embed queries/merchant_notices.sql
	sqlMerchantNotices string
	//go:embed queries/merchant_findings.sql
	sqlMerchantFindings string
	//go:embed queries/merchant_points.sql
	sqlMerchantPoints string
	//go:embed queries/overview_channels.sql
	sqlOverviewChannels string
	//go:embed queries/overview_per_day.sql
	sqlOverviewPerDay string
	//go:embed queries/overview_rectification.sql
	sqlOverviewRectification string
	//go:embed queries/overview_stages.sql
	sqlOverviewStages string
	//go:embed queries/overview_top_merchants.sql
	sqlOverviewTopMerchants string
	//go:embed queries/policy_actions.sql
	sqlPolicyActions string
	//go:embed queries/policy_findings.sql
	sqlPolicyFindings string
	//go:embed queries/review_queue.sql
	sqlReviewQueue string
	//go:embed queries/search_findings.sql
	sqlSearchFindings string
	//go:embed queries/select_finding.sql
	sqlSelectFinding string
	//go:embed queries/select_review.sql
	sqlSelectReview string
	//go:embed queries/select_reviews.sql
	sqlSelectReviews string
)

// reviewColumns are the columns of a review row, in the order insertDecision gives them.
var reviewColumns = []string{"finding_id", "merchant_id", "kind", "decision", "reviewer", "note", "appeal_id", "violation", "decided_at", "revision"}
