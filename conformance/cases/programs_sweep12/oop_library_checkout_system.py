from collections import defaultdict
from datetime import date, timedelta


class Book:
    def __init__(self, isbn, title, author, copies=1):
        self.isbn, self.title, self.author = isbn, title, author
        self.copies = copies

    def __str__(self):
        return f"{self.title} by {self.author}"


class Member:
    LIMIT = 2

    def __init__(self, name):
        self.name = name
        self.loans = {}

    def __repr__(self):
        return f"Member({self.name!r}, loans={sorted(self.loans)})"


class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 0.25

    def __init__(self):
        self.books = {}
        self.waitlist = defaultdict(list)
        self.log = []

    def add(self, book):
        self.books[book.isbn] = book

    def checkout(self, member, isbn, today):
        book = self.books[isbn]
        if len(member.loans) >= member.LIMIT:
            return f"{member.name} has reached the limit"
        if book.copies == 0:
            if member.name not in self.waitlist[isbn]:
                self.waitlist[isbn].append(member.name)
            return f"{book.title!r} unavailable; {member.name} waitlisted #{len(self.waitlist[isbn])}"
        book.copies -= 1
        member.loans[isbn] = today + timedelta(days=self.LOAN_DAYS)
        self.log.append(("out", member.name, isbn, today))
        return f"{member.name} borrowed {book} (due {member.loans[isbn]:%b %d})"

    def checkin(self, member, isbn, today):
        due = member.loans.pop(isbn)
        self.books[isbn].copies += 1
        late = max(0, (today - due).days)
        msg = f"{member.name} returned {self.books[isbn].title!r}"
        if late:
            msg += f", {late} days late, fine ${late * self.FINE_PER_DAY:.2f}"
        if self.waitlist[isbn]:
            msg += f"; notify {self.waitlist[isbn].pop(0)}"
        return msg


lib = Library()
for b in [Book("111", "Dune", "Herbert", 1), Book("222", "Emma", "Austen", 2), Book("333", "Ulysses", "Joyce")]:
    lib.add(b)
ann, bob, cy = Member("ann"), Member("bob"), Member("cy")
d0 = date(2024, 4, 1)
print(lib.checkout(ann, "111", d0))
print(lib.checkout(bob, "111", d0))
print(lib.checkout(cy, "111", d0 + timedelta(1)))
print(lib.checkout(ann, "222", d0))
print(lib.checkout(ann, "333", d0))
print(lib.checkin(ann, "111", d0 + timedelta(days=20)))
print(lib.checkout(bob, "111", d0 + timedelta(days=21)))
print(ann, bob, cy, dict(lib.waitlist))
print(sum(1 for e in lib.log if e[0] == "out"), [b.copies for b in lib.books.values()])
