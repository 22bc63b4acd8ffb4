# A block left open at the end of the file is reported on the tokens past
# the last line, which a script read from a file places at column 0: no caret.
def report(rows):
    for row in rows:
        if row:
