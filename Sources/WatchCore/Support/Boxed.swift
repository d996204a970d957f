/// An immutable value behind one reference, compared and hashed by the value. For the large,
/// mostly unset parts of a type held once per source (ten thousand times): each copy then costs
/// a pointer instead of the value's full size.
@usableFromInline
final class Boxed<Value: Sendable & Hashable>: Sendable, Hashable {
    @usableFromInline let value: Value

    @usableFromInline init(_ value: Value) { self.value = value }

    @usableFromInline static func == (lhs: Boxed, rhs: Boxed) -> Bool { lhs.value == rhs.value }

    @usableFromInline func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
