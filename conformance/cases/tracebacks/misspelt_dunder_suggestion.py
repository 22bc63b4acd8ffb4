# A misspelt dunder gets CPython's message and its "Did you mean" hint.
class A:
    def __len__(self):
        return 0


print(len(A()))
A().__lenn__
