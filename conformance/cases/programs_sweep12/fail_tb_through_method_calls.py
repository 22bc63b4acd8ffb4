class Parser:
    def __init__(self, text):
        self.tokens = text.split()
        self.pos = 0

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect_number(self):
        tok = self.next()
        return float(tok)

    def parse_pair(self):
        a = self.expect_number()
        op = self.next()
        b = self.expect_number()
        return a, op, b


print(Parser("3 + 4").parse_pair())
print(Parser("2.5 * 1e3").parse_pair())
print(Parser("7 / x").parse_pair())
