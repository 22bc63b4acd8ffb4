# __notes__ holding a str: each character prints as a note, as in CPython.
e = ValueError("note is a str")
e.__notes__ = "ab"
raise e
