class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    def __init__(self, book, due):
        super().__init__(f"{book.title!r} is out until day {due}")


class LimitReached(LibraryError):
    pass


class Book:
    def __init__(self, isbn, title, author):
        self.isbn, self.title, self.author = isbn, title, author

    def __repr__(self):
        return f"<{self.title}>"


class Member:
    LIMIT = 2

    def __init__(self, name):
        self.name = name
        self.loans = {}
        self.fines = 0

    def __repr__(self):
        return f"{self.name}(loans={sorted(b.title for b in self.loans)}, fines={self.fines})"


class Premium(Member):
    LIMIT = 4


class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 25

    def __init__(self, books):
        self.books = {b.isbn: b for b in books}
        self.out = {}  # isbn -> (member, due)
        self.waitlist = {}
        self.day = 0

    def checkout(self, member, isbn):
        book = self.books[isbn]
        if isbn in self.out:
            self.waitlist.setdefault(isbn, []).append(member)
            raise NotAvailable(book, self.out[isbn][1])
        if len(member.loans) >= member.LIMIT:
            raise LimitReached(f"{member.name} has {len(member.loans)} books (limit {member.LIMIT})")
        if member.fines > 100:
            raise LibraryError(f"{member.name} owes {member.fines}")
        due = self.day + self.LOAN_DAYS
        self.out[isbn] = (member, due)
        member.loans[book] = due
        return due

    def checkin(self, isbn):
        member, due = self.out.pop(isbn)
        book = self.books[isbn]
        del member.loans[book]
        late = max(0, self.day - due)
        member.fines += late * self.FINE_PER_DAY
        nxt = self.waitlist.get(isbn)
        if nxt:
            who = nxt.pop(0)
            return f"{book.title} returned by {member.name} ({late} days late); held for {who.name}"
        return f"{book.title} returned by {member.name} ({late} days late)"

    def overdue(self):
        return sorted((b.title, m.name, self.day - d) for b_isbn, (m, d) in self.out.items()
                      if self.day > d for b in [self.books[b_isbn]])


lib = Library([Book("1", "Dune", "Herbert"), Book("2", "Emma", "Austen"), Book("3", "Ubik", "Dick"),
               Book("4", "Kindred", "Butler")])
ann, bo = Member("ann"), Premium("bo")
script = [(0, "out", ann, "1"), (0, "out", ann, "2"), (1, "out", ann, "3"), (2, "out", bo, "1"),
          (3, "out", bo, "3"), (3, "out", bo, "4"), (20, "in", None, "1"), (20, "report", None, None),
          (30, "in", None, "2"), (31, "out", ann, "3"), (40, "in", None, "4"), (41, "out", ann, "4")]
for day, act, who, isbn in script:
    lib.day = day
    try:
        if act == "out":
            print(f"day {day}: {who.name} takes {lib.books[isbn]} due {lib.checkout(who, isbn)}")
        elif act == "in":
            print(f"day {day}: {lib.checkin(isbn)}")
        else:
            print(f"day {day}: overdue {lib.overdue()}")
    except LibraryError as e:
        print(f"day {day}: {type(e).__name__}: {e}")
print(ann, bo, sep="\n")
print(isinstance(NotAvailable(Book("x", "X", "Y"), 3), LibraryError))
