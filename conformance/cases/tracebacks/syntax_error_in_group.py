# In an exception group the SyntaxError's text and caret lines have no
# margin (3.11's print_error_text writes none); a SyntaxError without a
# line number prints as any exception.
errors = [
    SyntaxError("bad name", ("rules.txt", 4, 2, "  9x = 1", 4, 4)),
    SyntaxError("no location"),
    IndentationError("bad indent", ("rules.txt", 7, 1, "\tfoo", 7, 5)),
]
raise ExceptionGroup("rules failed", errors)
