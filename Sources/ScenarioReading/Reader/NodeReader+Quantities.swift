import SimKernel

/// Quantities with units, parsed by SimKernel; a parse failure becomes a located error.
extension NodeReader {
    /// A time span such as `10m`, `250ms` or `2d`.
    package func duration() throws(ScenarioError) -> SimTime {
        let text = try scalarText("a duration such as 10m or 250ms").text
        do {
            return try SimTime(parsing: text)
        } catch {
            throw self.error("invalid duration '\(text)': \(error.message)")
        }
    }

    /// A time span that must be greater than zero.
    package func positiveDuration() throws(ScenarioError) -> SimTime {
        let value = try duration()
        guard value > .zero else { throw error("must be longer than zero") }
        return value
    }

    /// A time span that must not be negative.
    package func nonNegativeDuration() throws(ScenarioError) -> SimTime {
        let value = try duration()
        guard value >= .zero else { throw error("must not be negative") }
        return value
    }

    /// A data size such as `2KiB` or `16KB`.
    package func size() throws(ScenarioError) -> ByteCount {
        let text = try scalarText("a size such as 2KiB or 16KB").text
        do {
            return try ByteCount(parsing: text)
        } catch {
            throw self.error("invalid size '\(text)': \(error.message)")
        }
    }

    /// A rate such as `200/s`; must be greater than zero.
    package func positiveRate() throws(ScenarioError) -> Rate {
        let text = try scalarText("a rate such as 200/s or 5/m").text
        let rate: Rate
        do {
            rate = try Rate(parsing: text)
        } catch {
            throw self.error("invalid rate '\(text)': \(error.message)")
        }
        guard rate.perSecond > 0 else { throw error("must be greater than zero") }
        return rate
    }
}
