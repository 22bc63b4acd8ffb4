# Long strings are split into adjacent literals; bytes into 4-byte groups.
import pprint

text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint([text, "short"], width=40)
pprint.pprint({"key": text}, width=50)
pprint.pprint("line one\nline two\nline three is a bit longer than the others\n", width=25)
pprint.pprint("nospacesatallinthisverylongstringsoitcannotbesplit" * 2, width=30)
pprint.pprint("tabs\tand  double  spaces   and\u00a0nbsp in a long enough string", width=20)
pprint.pprint("quotes ' and \" mixed in a string that is long", width=20)
pprint.pprint("", width=1)
pprint.pprint(("tuple holding a long string that will be split", 1), width=30)
data = bytes(range(40))
pprint.pprint(data)
pprint.pprint(data, width=30)
pprint.pprint([data], width=30)
pprint.pprint(b"abcd", width=1)
pprint.pprint(b"abcdefghijklmnopqrstuvwxyz" * 3, width=40)
pprint.pprint(bytearray(b"hello world, hello bytes, hello pprint!"), width=25)
pprint.pprint({"b": bytearray(range(20))}, width=30)
