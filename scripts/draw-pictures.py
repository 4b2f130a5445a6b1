#!/usr/bin/env python3
"""Draws the sample handouts' exercise pictures: content/images/<name>.svg and .png.

Simple line drawings, made here and nowhere else: a stick figure with thick black strokes on
white (the limbs on the far side in dark grey, so that a reader can tell the two sides apart),
the floor, a chair or a towel where the exercise needs one, and arrows for the movement. They
are drawn 1400 pixels wide, so that printed across the large-print text width (about 6.5
inches) they still have over 200 dots per inch, and saved as 8-bit grey PNG (small files).

    python3 scripts/draw-pictures.py           # writes the SVGs and the PNGs
    python3 scripts/draw-pictures.py --check   # exit 1 unless the SVGs are what it draws

The PNGs are made from the SVGs with rsvg-convert (librsvg2-bin) and vips (libvips-tools).
Only the Python standard library is used; the output is the same on every run.
"""

import math
import os
import subprocess
import sys
import tempfile

WIDTH = 1400
INK = "#000000"
FAR = "#555555"  # the limbs on the far side: 7.5:1 against white
LIMB = 26  # stroke widths, in pixels
TRUNK = 34
LINE = 10  # the floor, a chair, a mat, a towel
ARROW = 14
HEAD = 46  # the head's radius
HEAD_LINE = 16
MARGIN = 60  # white above the highest point

# Segment lengths, in pixels.
TRUNK_LENGTH, NECK = 230, 22
UPPER_ARM, FOREARM = 135, 125
THIGH, SHIN, FOOT = 195, 185, 50


def at(point, length, degrees):
    """The point `length` away from `point` in direction `degrees` (0 right, 90 down)."""
    a = math.radians(degrees)
    return (point[0] + length * math.cos(a), point[1] + length * math.sin(a))


def joint(start, end, first, second, bend):
    """The middle joint (elbow, knee) of a two-segment limb from `start` to `end`, on the
    left of the way from start to end as the picture shows it when `bend` is 1, on its right
    when -1. A limb too short to reach is drawn straight towards `end`."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    reach = math.hypot(dx, dy)
    d = min(max(reach, abs(first - second) + 1e-6), first + second - 1e-6)
    along = (first * first - second * second + d * d) / (2 * d)
    across = math.sqrt(max(first * first - along * along, 0.0))
    ux, uy = dx / reach, dy / reach
    return (start[0] + ux * along + bend * uy * across, start[1] + uy * along - bend * ux * across)


def number(value):
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def coordinates(path):
    return " ".join(f"{number(x)},{number(y)}" for x, y in path)


class Drawing:
    """An SVG picture, its parts in drawing order."""

    def __init__(self, height, title):
        self.height = height
        self.title = title
        self.parts = []
        self.top = height  # the highest point drawn: the picture is cropped above it

    def reach(self, *points):
        self.top = min([self.top] + [y for _, y in points])

    def line(self, path, colour=INK, width=LIMB, dashed=False):
        self.reach(*path)
        dash = ' stroke-dasharray="36 28"' if dashed else ""
        self.parts.append(
            f'<polyline points="{coordinates(path)}" fill="none" stroke="{colour}" '
            f'stroke-width="{width}" stroke-linecap="round" stroke-linejoin="round"{dash}/>'
        )

    def curve(self, start, control, end, colour=INK, width=TRUNK):
        self.reach(start, control, end)
        self.parts.append(
            f'<path d="M{coordinates([start])} Q{coordinates([control])} {coordinates([end])}" '
            f'fill="none" stroke="{colour}" stroke-width="{width}" stroke-linecap="round"/>'
        )

    def circle(self, centre, radius, width=HEAD_LINE):
        self.reach((centre[0], centre[1] - radius))
        self.parts.append(
            f'<circle cx="{number(centre[0])}" cy="{number(centre[1])}" r="{number(radius)}" '
            f'fill="#ffffff" stroke="{INK}" stroke-width="{width}"/>'
        )

    def arrowhead(self, control, tip):
        """A head at `tip` for a curve coming from `control`; returns where the curve must
        stop, inside the head."""
        degrees = math.degrees(math.atan2(tip[1] - control[1], tip[0] - control[0]))
        left, right = at(tip, 60, degrees + 152), at(tip, 60, degrees - 152)
        self.reach(left, tip, right)
        self.parts.append(f'<polygon points="{coordinates([left, tip, right])}" fill="{INK}"/>')
        return at(tip, 40, degrees + 180)

    def arrow(self, start, control, end, both=False):
        """A curved arrow from `start`, pulled towards `control`, its head at `end` (and at
        `start` too when `both`)."""
        end = self.arrowhead(control, end)
        if both:
            start = self.arrowhead(control, start)
        self.curve(start, control, end, width=ARROW)

    def floor(self, y):
        self.line([(50, y), (WIDTH - 50, y)], width=LINE)

    def svg(self):
        """The picture from a margin above its highest point down to its bottom."""
        top = max(0, int(self.top - MARGIN) // 10 * 10)
        height = self.height - top
        body = "\n  ".join(self.parts)
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
            f'viewBox="0 {top} {WIDTH} {height}">\n'
            f"  <title>{self.title}</title>\n"
            f'  <rect y="{top}" width="{WIDTH}" height="{height}" fill="#ffffff"/>\n'
            f"  {body}\n</svg>\n"
        )


def person(d, hip, shoulder, head, near=(), far=(), back=None):
    """A stick figure: the limbs on the far side (grey) first, then the trunk (a curve through
    `back` when given) and the head, then the near limbs over them."""
    for limb in far:
        d.line(limb, colour=FAR)
    if back:
        d.curve(hip, back, shoulder)
    else:
        d.line([hip, shoulder], width=TRUNK)
    d.line([shoulder, head], width=LIMB)  # the neck, under the head
    d.circle(head, HEAD)
    for limb in near:
        d.line(limb)


def leg(hip, ankle, bend, foot_degrees=0):
    knee = joint(hip, ankle, THIGH, SHIN, bend)
    return [hip, knee, ankle, at(ankle, FOOT, foot_degrees)]


def arm(shoulder, hand, bend):
    return [shoulder, joint(shoulder, hand, UPPER_ARM, FOREARM, bend), hand]


def straight(start, length, degrees, foot_degrees=None):
    end = at(start, length, degrees)
    if foot_degrees is None:
        return [start, end]
    return [start, end, at(end, FOOT, foot_degrees)]


# Pictures of a person lying down: 720 pixels high, the floor at 640.
FLOOR = 640
ON_FLOOR = FLOOR - 20  # the trunk's line on the floor
FEET = FLOOR - LIMB / 2 - 2  # a foot's line on the floor
SHOULDER, HIP = (440, ON_FLOOR), (440 + TRUNK_LENGTH, ON_FLOOR)
HEAD_DOWN = (SHOULDER[0] - NECK - HEAD, FLOOR - HEAD - LIMB / 2)


def arms_at_sides(shoulder=SHOULDER):
    return [[shoulder, (shoulder[0] + UPPER_ARM + FOREARM, FLOOR - LIMB / 2 - 4)]]


def knee_bent(hip=HIP, forward=250):
    return leg(hip, (hip[0] + forward, FEET), bend=1)


def knee_to_chest():
    d = Drawing(720, "Knee to chest")
    d.floor(FLOOR)
    knee = at(HIP, THIGH, -124)
    ankle = at(knee, SHIN, 32)
    hand = at(knee, 44, 32)
    near = [[HIP, knee, ankle, at(ankle, FOOT, -60)], arm(SHOULDER, hand, 1)]
    far = [knee_bent(forward=330), arm(SHOULDER, (hand[0] - 8, hand[1] - 4), 1)]
    person(d, HIP, SHOULDER, HEAD_DOWN, near, far)
    x, y = knee
    d.arrow((x + 90, y - 70), (x + 10, y - 150), (x - 90, y - 90))
    return d


def lower_trunk_rotation():
    """Seen from above: on the back, arms out to the sides, both knees lowered to one side."""
    d = Drawing(760, "Lower trunk rotation, seen from above")
    d.line([(90, 70), (1310, 70), (1310, 690), (90, 690), (90, 70)], width=LINE)  # the mat
    middle = 380
    head, shoulder, hip = (310, middle), (372, middle), (602, middle)
    arms = [[(shoulder[0] + 10, middle - 260), shoulder, (shoulder[0] + 10, middle + 260)]]
    # Where the knees go on the other side: dashed.
    for offset in (0, 44):
        knee = (hip[0] + 160 + offset / 2, middle - 150 - offset)
        d.line([hip, knee, (hip[0] + 310, middle - 30 - offset)], colour=FAR, dashed=True)
    near, far = arms, []
    for offset, limbs in ((0, far), (44, near)):
        knee = (hip[0] + 160 + offset / 2, middle + 150 + offset)
        limbs.append([hip, knee, (hip[0] + 310, middle + 30 + offset)])
    person(d, hip, shoulder, head, near, far)
    x = hip[0]
    d.arrow((x + 330, middle - 170), (x + 520, middle), (x + 330, middle + 190), both=True)
    return d


def hands_and_knees(hip_x, back=0, head=(55, -45), reach=False):
    """On hands and knees, facing right; `back` lifts (negative) or drops the middle of the
    back. With `reach`, the near arm reaches forward and the far leg back."""
    hip = (hip_x, 440)
    shoulder = (hip_x + TRUNK_LENGTH, 420)
    head_at = (shoulder[0] + head[0], shoulder[1] + head[1])
    knee = (hip_x, FEET)
    near, far = [[hip, knee, (knee[0] - SHIN, FEET)]], [[shoulder, (shoulder[0] + 8, FEET)]]
    if reach:
        near.append(straight(shoulder, UPPER_ARM + FOREARM, 4))
        far.append(straight(hip, THIGH + SHIN, 182, foot_degrees=92))
    else:
        near.append([shoulder, (shoulder[0], FEET)])
        far.append([hip, (knee[0] + 8, FEET), (knee[0] + 8 - SHIN, FEET)])
    middle = ((hip[0] + shoulder[0]) / 2, (hip[1] + shoulder[1]) / 2 + back)
    return hip, shoulder, head_at, near, far, (middle if back else None)


def cat_and_camel():
    d = Drawing(720, "Cat and camel")
    d.floor(FLOOR)
    cat = hands_and_knees(260, back=-170, head=(40, 85))
    person(d, *cat)
    camel = hands_and_knees(880, back=110, head=(55, -45))
    person(d, *camel)
    x = 260 + TRUNK_LENGTH / 2
    d.arrow((x, 300), (x + 2, 240), (x, 170))
    x = 880 + TRUNK_LENGTH / 2
    d.arrow((x, 260), (x + 2, 320), (x, 400))
    return d


def pelvic_tilt():
    d = Drawing(720, "Pelvic tilt")
    d.floor(FLOOR)
    person(d, HIP, SHOULDER, HEAD_DOWN, [knee_bent(forward=260)], arms_at_sides() + [knee_bent()])
    x = HIP[0] - 70
    d.arrow((x, ON_FLOOR - 260), (x + 2, ON_FLOOR - 160), (x, ON_FLOOR - 50))
    return d


def bridge():
    d = Drawing(720, "Bridge")
    d.floor(FLOOR)
    hip = (SHOULDER[0] + 260, ON_FLOOR - 100)
    ankle = (hip[0] + 250, FEET)
    near = [leg(hip, ankle, bend=1)]
    far = arms_at_sides() + [leg(hip, (ankle[0] - 14, FEET), bend=1)]
    person(d, hip, SHOULDER, HEAD_DOWN, near, far)
    d.arrow((hip[0], hip[1] - 60), (hip[0] + 2, hip[1] - 120), (hip[0], hip[1] - 190))
    return d


def bird_dog():
    d = Drawing(720, "Bird dog")
    d.floor(FLOOR)
    person(d, *hands_and_knees(560, head=(62, -66), reach=True))
    return d


def quad_set():
    d = Drawing(720, "Thigh squeeze (quad set)")
    d.floor(FLOOR)
    towel = (HIP[0] + THIGH, FLOOR - 34)
    d.circle(towel, 30, width=LINE)
    knee = (towel[0], towel[1] - 29 - LINE / 2 - LIMB / 2)
    ankle = (HIP[0] + THIGH + SHIN, FEET - 4)
    near = [[HIP, knee, ankle, at(ankle, FOOT, -88)]]
    far_ankle = (HIP[0] + THIGH + SHIN, FEET)
    far = arms_at_sides() + [[HIP, far_ankle, at(far_ankle, FOOT, -88)]]
    person(d, HIP, SHOULDER, HEAD_DOWN, near, far)
    d.arrow((knee[0], knee[1] - 230), (knee[0] + 2, knee[1] - 150), (knee[0], knee[1] - 40))
    return d


def straight_leg_raise():
    d = Drawing(720, "Straight leg raise")
    d.floor(FLOOR)
    near = [straight(HIP, THIGH + SHIN, -24, foot_degrees=-110)]
    person(d, HIP, SHOULDER, HEAD_DOWN, near, arms_at_sides() + [knee_bent()])
    d.arrow((1150, ON_FLOOR - 40), (1210, ON_FLOOR - 130), (1160, ON_FLOOR - 230))
    return d


def chair(d, front, seat, floor):
    """A chair facing right: its seat's front edge at `front`, the seat at height `seat`."""
    back = front - 250
    d.line([(front, seat), (back, seat), (back - 20, seat - 290)], width=LINE + 4)
    d.line([(front - 12, seat), (front - 12, floor)], width=LINE)
    d.line([(back + 12, seat), (back + 12, floor)], width=LINE)


SEAT = FLOOR - 210


def seated_knee_straightening():
    d = Drawing(720, "Seated knee straightening")
    d.floor(FLOOR)
    chair(d, 600, SEAT, FLOOR)
    hip = (500, SEAT - 20)
    shoulder = at(hip, TRUNK_LENGTH, -90)
    head = at(shoulder, NECK + HEAD, -90)
    knee = (hip[0] + THIGH, hip[1])
    ankle = (knee[0] + SHIN, hip[1] - 12)
    near = [[hip, knee, ankle, at(ankle, FOOT, -85)], arm(shoulder, (592, SEAT - 4), -1)]
    far = [[hip, knee, (knee[0] + 8, FEET), (knee[0] + 8 + FOOT, FEET)]]
    person(d, hip, shoulder, head, near, far)
    d.arrow((knee[0] + 40, FEET - 20), (knee[0] + 200, FEET - 50), (ankle[0] + 10, ankle[1] + 60))
    return d


def side_lying_leg_lift():
    """On the side, the head on the lower arm, seen from the front: the top leg lifted."""
    d = Drawing(720, "Side-lying leg lift")
    d.floor(FLOOR)
    lower = [[SHOULDER, (SHOULDER[0] - UPPER_ARM - FOREARM, FEET)]]
    head = (HEAD_DOWN[0], HEAD_DOWN[1] - LIMB + 4)  # resting on the lower arm
    bottom_leg = straight(HIP, THIGH + SHIN, 1, foot_degrees=-80)
    top_leg = straight(HIP, THIGH + SHIN, -24, foot_degrees=60)
    top_arm = arm(SHOULDER, (HIP[0] - 20, ON_FLOOR - 24), 1)
    person(d, HIP, SHOULDER, head, [top_leg, top_arm], lower + [bottom_leg])
    d.arrow((1150, ON_FLOOR - 40), (1210, ON_FLOOR - 130), (1160, ON_FLOOR - 230))
    return d


def seated_hamstring_stretch():
    d = Drawing(720, "Seated hamstring stretch")
    d.floor(FLOOR)
    chair(d, 600, SEAT, FLOOR)
    hip = (530, SEAT - 20)
    shoulder = at(hip, TRUNK_LENGTH, -52)
    head = at(shoulder, NECK + HEAD, -40)
    reach = math.sqrt((THIGH + SHIN) ** 2 - (FEET - hip[1]) ** 2)
    heel = (hip[0] + reach, FEET)
    hand = (hip[0] + 0.5 * reach, hip[1] + 0.5 * (FEET - hip[1]) - 22)
    near = [[hip, heel, at(heel, FOOT, -78)], arm(shoulder, hand, 1)]
    knee = (hip[0] + THIGH, hip[1])
    far = [[hip, knee, (knee[0] + 8, FEET), (knee[0] + 8 + FOOT, FEET)],
           arm(shoulder, (hand[0] - 10, hand[1] - 6), 1)]
    person(d, hip, shoulder, head, near, far)
    x, y = head
    d.arrow((x - 120, y - 60), (x + 10, y - 150), (x + 90, y - 70))
    return d


def sit_to_stand():
    d = Drawing(880, "Sit to stand")
    floor = 800
    feet = floor - LIMB / 2 - 2
    seat = floor - 210
    d.floor(floor)
    # Sitting at the front of the seat, leaning forward, the arms reaching forward.
    chair(d, 380, seat, floor)
    hip = (260, seat - 20)
    shoulder = at(hip, TRUNK_LENGTH, -62)
    head = at(shoulder, NECK + HEAD, -62)
    knee = (hip[0] + THIGH, hip[1] - 6)
    ankle = (knee[0] - 30, feet)
    near = [[hip, knee, ankle, (ankle[0] + FOOT, feet)], straight(shoulder, UPPER_ARM + FOREARM, 8)]
    far = [[hip, (knee[0] - 8, knee[1]), (ankle[0] - 8, feet), (ankle[0] - 8 + FOOT, feet)],
           straight(shoulder, UPPER_ARM + FOREARM, 4)]
    person(d, hip, shoulder, head, near, far)
    # Standing in front of the chair, the arms still forward.
    chair(d, 980, seat, floor)
    hip = (1050, feet - SHIN - THIGH)
    shoulder = (hip[0], hip[1] - TRUNK_LENGTH)
    head = (hip[0], shoulder[1] - NECK - HEAD)
    near = [[hip, (hip[0] + 4, hip[1] + THIGH), (hip[0] + 4, feet), (hip[0] + 4 + FOOT, feet)],
            straight(shoulder, UPPER_ARM + FOREARM, 6)]
    far = [[hip, (hip[0] - 6, hip[1] + THIGH), (hip[0] - 6, feet), (hip[0] - 6 + FOOT, feet)],
           straight(shoulder, UPPER_ARM + FOREARM, 2)]
    person(d, hip, shoulder, head, near, far)
    d.arrow((560, 360), (690, 190), (840, 230))
    return d


PICTURES = {
    "knee-to-chest": knee_to_chest,
    "lower-trunk-rotation": lower_trunk_rotation,
    "cat-and-camel": cat_and_camel,
    "pelvic-tilt": pelvic_tilt,
    "bridge": bridge,
    "bird-dog": bird_dog,
    "quad-set": quad_set,
    "straight-leg-raise": straight_leg_raise,
    "seated-knee-straightening": seated_knee_straightening,
    "sit-to-stand": sit_to_stand,
    "side-lying-leg-lift": side_lying_leg_lift,
    "seated-hamstring-stretch": seated_hamstring_stretch,
}


def to_png(svg_path, png_path):
    """rsvg-convert renders the SVG; vips keeps one grey channel, at the smallest PNG size."""
    with tempfile.TemporaryDirectory() as work:
        rgba = os.path.join(work, "rgba.png")
        subprocess.run(["rsvg-convert", "--background-color=white", "-o", rgba, svg_path],
                       check=True)
        grey = os.path.join(work, "grey.v")
        subprocess.run(["vips", "colourspace", rgba, grey, "b-w"], check=True)
        band = os.path.join(work, "band.v")
        subprocess.run(["vips", "extract_band", grey, band, "0"], check=True)
        subprocess.run(["vips", "pngsave", band, png_path, "--compression", "9", "--strip"],
                       check=True)


def main(argv):
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "content", "images")
    check = "--check" in argv
    stale = []
    for name, draw in PICTURES.items():
        svg = draw().svg()
        svg_path = os.path.join(folder, name + ".svg")
        if check:
            with open(svg_path, encoding="utf-8") as committed:
                if committed.read() != svg:
                    stale.append(name)
            continue
        os.makedirs(folder, exist_ok=True)
        with open(svg_path, "w", encoding="utf-8") as out:
            out.write(svg)
        to_png(svg_path, os.path.join(folder, name + ".png"))
    if stale:
        print("not what scripts/draw-pictures.py draws: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
