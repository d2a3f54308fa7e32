module github.com/haili/haili/detectors

go 1.26.8

require gopkg.in/yaml.v3 v3.0.1

replace github.com/haili/haili/schemas => ../schemas
