module github.com/haili/haili/schemas

go 1.26.8

require github.com/valyala/fastjson v1.6.10
