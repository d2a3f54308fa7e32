// Package serve is `haili serve`: the governance console, the merchant portal
// and the JSON API under /api/v1/ behind them, including the synchronous
// pre-publish check (POST /api/v1/check/listing).
//
// Every API route is in one table (routes) with the roles it admits; the
// OpenAPI document (openapi.json, served at /api/v1/openapi.json) describes
// each of them, and a test keeps the two in step. Callers present a bearer
// token (Tokens); a merchant token is bound to one merchant_id and every route
// it may use reads that merchant's rows only. Every ClickHouse query binds its
// values with placeholders. The pages are embedded (web/) and draw their
// charts as inline SVG: they need nothing from outside the process.
//
// Reviewers see what a finding judged, read back from the event archive
// (context.go): the conversation around a message with the flagged words
// marked, or the listing version with the flagged parts marked. The admin's
// policy lab (lab.go) compares live with shadow findings and runs backtests
// through Config.Backtest.
package serve
