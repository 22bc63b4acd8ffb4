import random
class Character:
    def __init__(self, name, hp, atk, defense, speed):
        self.name, self.max_hp, self.hp, self.atk, self.defense, self.speed = name, hp, hp, atk, defense, speed
        self.effects = {}
    @property
    def alive(self): return self.hp > 0
    def take(self, dmg):
        dmg = max(1, dmg - self.defense)
        self.hp = max(0, self.hp - dmg)
        return dmg
    def act(self, foes, rng):
        target = min((f for f in foes if f.alive), key=lambda f: (f.hp, f.name))
        crit = rng.random() < 0.2
        dmg = target.take(self.atk * (2 if crit else 1) + rng.randint(-2, 2))
        return f"{self.name} hits {target.name} for {dmg}{' (crit!)' if crit else ''} -> {target.hp}/{target.max_hp}"
    def __repr__(self): return f"{self.name}[{self.hp}]"
class Healer(Character):
    def act(self, allies_and_foes, rng):
        allies, foes = allies_and_foes
        hurt = [a for a in allies if a.alive and a.hp < a.max_hp * 0.5]
        if hurt:
            t = min(hurt, key=lambda a: a.hp / a.max_hp)
            amount = min(t.max_hp - t.hp, 12)
            t.hp += amount
            return f"{self.name} heals {t.name} +{amount} -> {t.hp}"
        return super().act(foes, rng)
def battle(seed):
    rng = random.Random(seed)
    heroes = [Character("Knight", 40, 9, 3, 5), Healer("Cleric", 25, 4, 1, 7)]
    monsters = [Character("Orc", 35, 8, 2, 4), Character("Goblin", 18, 6, 0, 9)]
    for rnd in range(1, 30):
        order = sorted(heroes + monsters, key=lambda c: (-c.speed, c.name))
        for c in order:
            if not c.alive: continue
            allies, foes = (heroes, monsters) if c in heroes else (monsters, heroes)
            if not any(f.alive for f in foes): break
            msg = c.act((allies, foes), rng) if isinstance(c, Healer) else c.act(foes, rng)
            print(f"  r{rnd}: {msg}")
        for side, name in ((heroes, "heroes"), (monsters, "monsters")):
            if not any(c.alive for c in side):
                return f"{name} defeated in round {rnd}: {heroes} vs {monsters}"
    return "draw"
print(battle(7))
print(battle(2024))
