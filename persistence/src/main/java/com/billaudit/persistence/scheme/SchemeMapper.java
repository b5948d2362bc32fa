package com.billaudit.persistence.scheme;

import com.billaudit.domain.Scheme;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

final class SchemeMapper implements RowMapper<Scheme> {

    @Override
    public Scheme map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Scheme(rs.getString("code"), rs.getString("name"), rs.getString("currency"),
                tolerance(rs.getBigDecimal("overcharge_tolerance")));
    }

    /** The column keeps four decimals; show what was meant: 0.1000 as 0.10, 0.1250 as 0.125. */
    private static BigDecimal tolerance(BigDecimal stored) {
        return stored.setScale(Math.max(2, stored.stripTrailingZeros().scale()));
    }
}
