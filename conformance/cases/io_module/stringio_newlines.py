# The newline argument: None translates on write, '' splits on any ending,
# '\r' and '\r\n' translate '\n' when writing.
import io

text = "a\r\nb\rc\nd"
s = io.StringIO(text, newline=None)
print(repr(s.getvalue()), s.readlines(), s.newlines)
s = io.StringIO(text, newline="")
print(s.readlines(), s.newlines)
s = io.StringIO(text)
print(s.readlines(), s.newlines)
s = io.StringIO("x\ny\n", newline="\r\n")
print(repr(s.getvalue()), s.readlines())
s = io.StringIO("x\ny\n", newline="\r")
print(repr(s.getvalue()), s.readlines())
s = io.StringIO(newline=None)
s.write("one\r\ntwo\n")
print(repr(s.getvalue()), s.newlines)
