import io
s = io.StringIO("line1\nline2\r\nline3")
print(list(s), s.read(), s.getvalue()[:5], io.StringIO("a\nb").readlines(), [l for l in io.StringIO("x\ny\n")])
s = io.StringIO(); s.write("héllo"); s.seek(1); s.write("E"); print(s.getvalue(), s.truncate(3), s.getvalue(), s.closed)
s.close(); print(s.closed)
s.write("x")
