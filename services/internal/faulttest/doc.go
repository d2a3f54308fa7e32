// Package faulttest holds Haili's delivery, fault and load tests and its
// end-to-end benchmarks. They run the real haili binary as child processes
// (so that a worker can be killed with SIGKILL, as a crash would) against an
// embedded Kafka-protocol broker in the test process and the test ClickHouse,
// which they stop and start again. The package has no code outside its tests.
package faulttest
