# A zero-width space inside an identifier (a payload hiding `__class__`
# from a naive filter): the compiler rejects the character, nothing runs.
x = ().__cl​ass__
# expect: SyntaxError: invalid non-printable character U+200B
