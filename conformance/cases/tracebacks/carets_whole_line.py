# No caret line when the failing span is the whole line; one when it is a
# part of it, including trailing blanks on the line.
def fail():
    raise ValueError("bad input")   


def call_it():
    fail()


x = call_it()
