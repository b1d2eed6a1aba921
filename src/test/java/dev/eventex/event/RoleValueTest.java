package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventex.api.Amount;
import dev.eventex.api.Argument;
import dev.eventex.api.DateValue;
import dev.eventex.api.EntityType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed role values: their members, their parties and the public values they turn into. */
class RoleValueTest {

    private static final Arg VARGA = new Arg("Minister Tomas Varga", 0, 20, null, null, "PERSON");
    private static final Arg ELBONIA = new Arg("Elbonia", 30, 37, null, null, "LOCATION");
    private static final Arg COUNCIL = new Arg("the Harbour Council", 40, 59, null, null, "GROUP");

    @Test
    void eachKindTurnsIntoTheValueThePublicRecordsHold() {
        DateValue date = new DateValue("on Tuesday", "2031-04-08");
        Amount sum = new Amount("$4 million", new BigDecimal("4000000"), "USD", null);

        assertThat(VARGA.toApi()).isEqualTo(new Argument("Minister Tomas Varga", "Minister Tomas Varga", null, EntityType.PERSON));
        assertThat(COUNCIL.toApi()).isEqualTo(new Argument("the Harbour Council", "Harbour Council", null, EntityType.ORGANIZATION));
        assertThat(new RoleValue.Parties(List.of(VARGA, ELBONIA)).toApi()).asList().extracting("name")
                .containsExactly("Minister Tomas Varga", "Elbonia");
        assertThat(new RoleValue.Date(date).toApi()).isSameAs(date);
        assertThat(new RoleValue.Money(sum).toApi()).isSameAs(sum);
        assertThat(new RoleValue.Count(new BigDecimal("30")).toApi()).isEqualTo(new BigDecimal("30"));
        assertThat(new RoleValue.Text("water pumps").toApi()).isEqualTo("water pumps");
        assertThat(new RoleValue.Texts(List.of("fisheries", "port fees")).toApi()).isEqualTo(List.of("fisheries", "port fees"));
    }

    @Test
    void aListedValueNeverReachesAnEvent() {
        RoleValue listed = Listed.of(List.of(new RoleValue.Text("tablets"), new RoleValue.Text("laptops")));

        assertThat(listed).isInstanceOf(Listed.class);
        assertThatThrownBy(listed::toApi).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void listsSplitIntoTheirMembersAndScalarsStandAlone() {
        assertThat(new RoleValue.Parties(List.of(VARGA, ELBONIA)).elements()).containsExactly(VARGA, ELBONIA);
        assertThat(new RoleValue.Texts(List.of("fisheries", "port fees")).elements())
                .containsExactly(new RoleValue.Text("fisheries"), new RoleValue.Text("port fees"));
        RoleValue count = new RoleValue.Count(BigDecimal.TEN);
        assertThat(count.elements()).containsExactly(count);
        assertThat(VARGA.elements()).containsExactly(VARGA);
    }

    @Test
    void partiesAreTheArgumentsAValueHoldsListedOrNot() {
        assertThat(VARGA.parties()).containsExactly(VARGA);
        assertThat(new RoleValue.Parties(List.of(VARGA, COUNCIL)).parties()).containsExactly(VARGA, COUNCIL);
        assertThat(new Listed(Arrays.asList(ELBONIA, null, new RoleValue.Text("x"))).parties()).containsExactly(ELBONIA);
        assertThat(new RoleValue.Text("water pumps").parties()).isEmpty();
        assertThat(new RoleValue.Date(new DateValue("in May", "2031-05")).parties()).isEmpty();
    }

    @Test
    void listedValuesExpandIntoOneRoleMapPerItemDroppingMissingOnes() {
        Map<String, RoleValue> roles = new LinkedHashMap<>();
        roles.put("donor", ELBONIA);
        roles.put("item", new Listed(List.of(new RoleValue.Text("tablets"), new RoleValue.Text("laptops"))));
        roles.put("quantity", new Listed(Arrays.asList(new RoleValue.Count(new BigDecimal("30")), null)));

        List<Map<String, RoleValue>> each = Listed.expand(roles);

        assertThat(each).hasSize(2);
        assertThat(each.get(0)).containsEntry("donor", ELBONIA).containsEntry("item", new RoleValue.Text("tablets"))
                .containsEntry("quantity", new RoleValue.Count(new BigDecimal("30")));
        assertThat(each.get(1)).containsEntry("item", new RoleValue.Text("laptops")).doesNotContainKey("quantity");
    }

    @Test
    void nullsStayAbsentValues() {
        assertThat(RoleValue.of((String) null)).isNull();
        assertThat(RoleValue.of((BigDecimal) null)).isNull();
        assertThat(RoleValue.texts(null)).isNull();
        assertThat(Listed.of(Arrays.asList(null, null))).isNull();
        assertThat(Listed.of(List.of(VARGA))).isSameAs(VARGA);
    }
}
