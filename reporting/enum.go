package reporting

import "strconv"

// tokenOf returns tokens[v-1], or "Name(v)" for a value with no token, so
// that the String methods of the enumerations never panic.
func tokenOf(name string, tokens []string, v uint8) string {
	if v >= 1 && int(v) <= len(tokens) {
		return tokens[v-1]
	}
	return name + "(" + strconv.Itoa(int(v)) + ")"
}

// zeroTokenOf is tokenOf for an enumeration whose zero value is meaningful:
// tokens[v].
func zeroTokenOf(name string, tokens []string, v uint8) string {
	if int(v) < len(tokens) {
		return tokens[v]
	}
	return name + "(" + strconv.Itoa(int(v)) + ")"
}

// parseToken finds b in tokens and returns its index plus base.
func parseToken(what string, tokens []string, b []byte, base uint8) (uint8, error) {
	for i, t := range tokens {
		if string(b) == t {
			return uint8(i) + base, nil
		}
	}
	return 0, &ParseError{What: what, Input: string(b), Msg: "unknown token"}
}

// marshalToken is MarshalText for an enumeration: it fails for a value
// with no token.
func marshalToken(what string, tokens []string, v uint8, base uint8) ([]byte, error) {
	i := int(v) - int(base)
	if i < 0 || i >= len(tokens) {
		return nil, &Error{Op: "MarshalText", Input: strconv.Itoa(int(v)), Detail: "no " + what + " has this value", Err: ErrInvalid}
	}
	return []byte(tokens[i]), nil
}
