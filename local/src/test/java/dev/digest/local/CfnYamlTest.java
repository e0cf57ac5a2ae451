package dev.digest.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CfnYamlTest {
  @Test
  void read_shortFormTags_becomeLongFormFunctions() throws IOException {
    JsonNode node =
        CfnYaml.read(
            """
            a: !Ref Bucket
            b: !GetAtt Queue.Arn
            c: !Sub "${AWS::StackName}-x"
            d: !If [Cond, [!Ref X], !Ref AWS::NoValue]
            e: !Not [!Equals [!Ref P, ""]]
            f: plain
            g: 3
            """);

    assertThat(node.toString())
        .isEqualTo(
            "{\"a\":{\"Ref\":\"Bucket\"},"
                + "\"b\":{\"Fn::GetAtt\":[\"Queue\",\"Arn\"]},"
                + "\"c\":{\"Fn::Sub\":\"${AWS::StackName}-x\"},"
                + "\"d\":{\"Fn::If\":[\"Cond\",[{\"Ref\":\"X\"}],{\"Ref\":\"AWS::NoValue\"}]},"
                + "\"e\":{\"Fn::Not\":[{\"Fn::Equals\":[{\"Ref\":\"P\"},\"\"]}]},"
                + "\"f\":\"plain\",\"g\":3}");
  }

  @Test
  void read_longForm_staysAsItIs() throws IOException {
    JsonNode node = CfnYaml.read("a:\n  Fn::GetAtt: [Queue, Arn]\nb: {\"Ref\": \"X\"}\n");

    assertThat(node.toString())
        .isEqualTo("{\"a\":{\"Fn::GetAtt\":[\"Queue\",\"Arn\"]},\"b\":{\"Ref\":\"X\"}}");
  }

  @Test
  void read_standardYamlTags_areNotFunctions() throws IOException {
    assertThat(CfnYaml.read("a: !!str 42\n").toString()).isEqualTo("{\"a\":\"42\"}");
  }
}
