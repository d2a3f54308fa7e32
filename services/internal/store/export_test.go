package store

// DeletePending is deletePending, for the test that reads the mutation
// commands of a real server.
var DeletePending = deletePending
