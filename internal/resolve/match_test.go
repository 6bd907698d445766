package resolve

import "testing"

func TestSimilarNames(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"petrov", "petrov", true},
		{"kowalski", "kowalsky", true},
		{"petrov", "ivanov", false},
		{"berg", "borg", false}, // too short to call a variant
		{"mahdi", "mehdi", true},
		{"qasem", "qassem", true},
		{"soleimani", "suleimani", true},
		{"dole", "doyle", false},
		{"kane", "kanye", false},
		{"jack", "jackson", false},
		{"zelensky", "zelenskyy", true},
	} {
		if got := Similar(c.a, c.b); got != c.want {
			t.Errorf("Similar(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
		if got := Variant(c.a, c.b); got != c.want {
			t.Errorf("Variant(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	if jw := JaroWinkler("martha", "marhta"); jw < 0.96 || jw > 0.97 {
		t.Errorf("JaroWinkler(martha, marhta) = %v, want about 0.961", jw)
	}
	for _, p := range [][2]string{{"soleimani", "suleimani"}, {"dixon", "dicksonx"}, {"a", "abc"}, {"ab", "ba"}} {
		if a, b := JaroWinkler(p[0], p[1]), JaroWinkler("é"+p[0], "é"+p[1]); a < 0 || b < 0 {
			t.Errorf("negative similarity for %q", p)
		}
		if a, b := jaroWinklerASCII(p[0], p[1]), JaroWinkler("é"+p[0], "é"+p[1]); a > 1 || b > 1 {
			t.Errorf("similarity above 1 for %q", p)
		}
	}
}
