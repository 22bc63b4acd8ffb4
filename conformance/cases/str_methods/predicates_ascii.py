# The is*() predicates on ASCII text, including the empty string.
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", " ", "\t\n\x0b\x0c\r",
           "\x1c\x1d\x1e\x1f", "a b", "_name", "name_1", "1name", "class", "\x00",
           "~!@#", "Hello World", "Hello world", "HELLO", "hello", "h3llo", "H3LLO",
           "\x7f", "abc\n", "A1 B2", "a_B"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
         "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
for s in samples:
    row = []
    for n in names:
        row.append(n[2:] + "=" + ("T" if getattr(s, n)() else "f"))
    print(repr(s), " ".join(row))
