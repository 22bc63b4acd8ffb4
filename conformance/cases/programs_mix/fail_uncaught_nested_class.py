class Parser:
    class Error(Exception):
        def __init__(self, pos, msg):
            super().__init__(f"at {pos}: {msg}")
            self.pos = pos

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def expect(self, ch):
        if self.pos >= len(self.text) or self.text[self.pos] != ch:
            raise Parser.Error(self.pos, f"expected {ch!r}")
        self.pos += 1

    def parse_list(self):
        self.expect("[")
        items = []
        while self.text[self.pos] != "]":
            start = self.pos
            while self.text[self.pos] not in ",]":
                self.pos += 1
            items.append(int(self.text[start:self.pos]))
            if self.text[self.pos] == ",":
                self.pos += 1
        self.expect("]")
        return items


print(Parser("[1,22,333]").parse_list())
try:
    Parser("(1)").parse_list()
except Parser.Error as e:
    print("error", e, e.pos)
print(Parser("[4,5").parse_list())
