package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocumentIDs: two files of one name in two folders are two documents; two texts on
// standard input are two documents, and --id names one; a JSON-lines id seen twice is
// refused in both places, naming both; loading a document id again from another source
// warns, naming both.
func TestDocumentIDs(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "ids.db")
	news := filepath.Join(dir, "news")
	write := func(p, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(news, "2019", "jan", "story.txt"), "Mayor Ilse Marten opened the bridge in Dunmore.")
	write(filepath.Join(news, "2020", "feb", "story.txt"), "Tomas Reyes visited Kestrel Bay on Monday.")
	code, out, errOut := runCmd(t, "", "load", "--db", db, news)
	if code != 0 || !strings.Contains(out, "(2 new, 0 replaced, 0 failed)") {
		t.Fatalf("two stories in two folders: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = runCmd(t, "", "stats", "--db", db)
	if code != 0 || !strings.Contains(out, "documents  2") {
		t.Errorf("stats after two stories:\n%s", out)
	}

	for _, text := range []string{"Renée Fabre met officials in Lyon.", "Karim Nasser visited Sousse."} {
		code, out, errOut = runCmd(t, text, "load", "--db", db, "-")
		if code != 0 || !strings.Contains(out, "(1 new, 0 replaced, 0 failed)") {
			t.Errorf("a text on standard input: exit %d\n%s%s", code, out, errOut)
		}
	}
	code, out, errOut = runCmd(t, "Lena Brook wrote this.", "load", "--db", db, "--id", "note-1", "-")
	if code != 0 || !strings.Contains(out, ": 5 documents") {
		t.Errorf("--id: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = runCmd(t, "", "export", "--db", db)
	if code != 0 || strings.Count(out, "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://newsgraph.dev/ns#Document>") != 5 ||
		!strings.Contains(out, "/doc/note-1>") || !strings.Contains(out, "/doc/2019%2Fjan%2Fstory>") || !strings.Contains(out, "/doc/stdin-") {
		t.Errorf("export:\n%s", out)
	}

	feed := filepath.Join(dir, "feed.jsonl")
	write(feed, `{"id": "f-1", "text": "Mayor Ilse Marten opened the port."}
{"id": "f-2", "text": "Tomas Reyes left Dunmore."}
{"id": "f-1", "text": "Another text with the first id."}
`)
	code, out, errOut = runCmd(t, "", "load", "--db", db, feed)
	if code != 1 || !strings.Contains(out, "(1 new, 0 replaced, 2 failed)") ||
		!strings.Contains(errOut, feed+":1") || !strings.Contains(errOut, feed+":3") || strings.Count(errOut, "duplicate document id") != 2 {
		t.Errorf("a JSON-lines id twice: exit %d\n%s%s", code, out, errOut)
	}

	other := filepath.Join(dir, "other")
	write(filepath.Join(other, "f-2.txt"), "Tomas Reyes returned to Dunmore.")
	code, out, errOut = runCmd(t, "", "load", "--db", db, other)
	if code != 0 || !strings.Contains(out, "(0 new, 1 replaced, 0 failed)") ||
		!strings.Contains(errOut, "warning") || !strings.Contains(errOut, feed+":2") || !strings.Contains(errOut, filepath.Join(other, "f-2.txt")) {
		t.Errorf("the same id from another source: exit %d\n%s%s", code, out, errOut)
	}
}
