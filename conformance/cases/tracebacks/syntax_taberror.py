# TabError: the line is shown without its tab and without a caret.
if True:
        x = 1
	print(x)
