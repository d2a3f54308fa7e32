module github.com/haili/haili/detectors

go 1.26.8

require gopkg.in/yaml.v3 v3.0.1

require (
	github.com/valyala/fastjson v1.6.10 // indirect
	google.golang.org/protobuf v1.36.11 // indirect
)

require (
	github.com/dlclark/regexp2 v1.12.0
	github.com/haili/haili/schemas v0.0.0
	github.com/nyaruka/phonenumbers v1.8.1
	golang.org/x/text v0.43.0
)

replace github.com/haili/haili/schemas => ../schemas
