module github.com/haili/haili/services

go 1.26.8

require (
	github.com/haili/haili/detectors v0.0.0
	github.com/haili/haili/schemas v0.0.0
)

replace (
	github.com/haili/haili/detectors => ../detectors
	github.com/haili/haili/schemas => ../schemas
)
