// Package jsonschema holds the machine-readable form of Haili's wire contract
// (../shared/spec/events.md): one JSON Schema (draft 2020-12) document for each
// input event — listing.v1, message.v1, order.v1, complaint.v1 — and one for the
// finding that detection produces.
//
// The documents agree with the strict Go decoder (schemas.Decoder): the same
// fields are required, may be null or must be non-empty; the same enums,
// non-negative amounts, integer versions and RFC 3339 times; extra fields are
// allowed. Two decoder checks cannot be expressed in JSON Schema and are left to
// the decoder: price tiers in strictly ascending min_qty order, and a price
// range's max not below its min.
//
// Each document's $id is BaseURL plus its file name, e.g.
// https://haili.dev/schemas/listing.v1.json; the URL is an identifier only and
// is not served.
package jsonschema

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// BaseURL is the prefix of every document's $id.
const BaseURL = "https://haili.dev/schemas/"

//go:embed *.json
var documents embed.FS

// Names returns the names of the documents, sorted: the event schemas as their
// events name them in the "schema" field (e.g. "listing.v1") and "finding".
func Names() []string {
	entries, err := fs.ReadDir(documents, ".")
	if err != nil {
		panic(err) // the embedded directory always exists
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".json"))
	}
	sort.Strings(names)
	return names
}

// Document returns the JSON Schema document called name, e.g. "listing.v1" (an
// event's "schema" value) or "finding"; the ".json" suffix is optional. The
// returned slice is the caller's own copy. An unknown name is an error that
// wraps fs.ErrNotExist.
func Document(name string) ([]byte, error) {
	file := strings.TrimSuffix(name, ".json") + ".json"
	if path.Base(file) == file {
		if b, err := documents.ReadFile(file); err == nil {
			return b, nil
		}
	}
	return nil, fmt.Errorf("jsonschema: no document %q (have %s): %w", name, strings.Join(Names(), ", "), fs.ErrNotExist)
}
