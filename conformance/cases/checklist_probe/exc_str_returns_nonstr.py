class StrNonStr(Exception):
    def __str__(self):
        return 42
raise StrNonStr()
