package detect

// CandidatePolicy is candidatePolicy, for the integration tests.
var CandidatePolicy = candidatePolicy
