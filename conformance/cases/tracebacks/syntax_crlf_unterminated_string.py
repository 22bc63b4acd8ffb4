# A CRLF file with an unterminated triple-quoted string: the line it is
# detected at is the last line, as CPython reads the file.
x = 1
text = """abc
