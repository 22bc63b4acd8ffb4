class Character:
    def __init__(self, name, hp, attack, defense=0):
        self.name = name
        self.max_hp = self.hp = hp
        self.attack = attack
        self.defense = defense
        self.effects = {}

    @property
    def alive(self):
        return self.hp > 0

    def take(self, dmg):
        dealt = max(1, dmg - self.defense)
        self.hp = max(0, self.hp - dealt)
        return dealt

    def act(self, target, turn):
        dealt = target.take(self.attack)
        return f"{self.name} hits {target.name} for {dealt}"

    def __str__(self):
        bar = "#" * (10 * self.hp // self.max_hp)
        return f"{self.name:<8}[{bar:<10}] {self.hp:>3}/{self.max_hp}"

class Mage(Character):
    def __init__(self, name, hp, attack, mana):
        super().__init__(name, hp, attack)
        self.mana = mana
    def act(self, target, turn):
        if self.mana >= 5 and turn % 2 == 0:
            self.mana -= 5
            dealt = target.take(self.attack * 3)
            return f"{self.name} casts fireball on {target.name} for {dealt} (mana {self.mana})"
        return super().act(target, turn)

class Healer(Character):
    def act(self, target, turn, allies=()):
        hurt = [a for a in allies if a.alive and a.hp < a.max_hp]
        if hurt:
            weakest = min(hurt, key=lambda a: a.hp / a.max_hp)
            amount = min(8, weakest.max_hp - weakest.hp)
            weakest.hp += amount
            return f"{self.name} heals {weakest.name} for {amount}"
        return super().act(target, turn)

heroes = [Character("Knight", 40, 7, 3), Mage("Wizard", 22, 4, 12), Healer("Cleric", 25, 3, 1)]
monsters = [Character("Orc", 35, 9, 2), Character("Goblin", 18, 6), Character("Troll", 50, 11, 4)]
turn = 0
while any(h.alive for h in heroes) and any(m.alive for m in monsters) and turn < 30:
    turn += 1
    print(f"-- turn {turn} --")
    for h in heroes:
        targets = [m for m in monsters if m.alive]
        if not h.alive or not targets:
            continue
        target = min(targets, key=lambda m: (m.hp, m.name))
        if isinstance(h, Healer):
            print(h.act(target, turn, allies=heroes))
        else:
            print(h.act(target, turn))
    for i, m in enumerate(monsters):
        alive = [h for h in heroes if h.alive]
        if m.alive and alive:
            print(m.act(alive[(turn + i) % len(alive)], turn))
for c in heroes + monsters:
    print(c)
winner = "heroes" if any(h.alive for h in heroes) else "monsters"
print(f"{winner} win after {turn} turns")
