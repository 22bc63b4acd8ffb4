# An IndentationError marks one character, not the span its end_offset gives.
def area(w, h):
return w * h
