# Tabs before the text are cut from a SyntaxError's line and its caret.
if True:
	x = (1 +
		2 +)
