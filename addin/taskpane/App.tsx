import { FluentProvider, Tab, TabList, Title3, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../../core";
import type { WorkbookGateway } from "../gateway/types";
import { stringsFor } from "./i18n";
import { ForecastPanel } from "./ForecastPanel";
import { PeriodizePanel } from "./PeriodizePanel";
import { RequirementPanel } from "./RequirementPanel";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

type Panel = "periodize" | "requirement" | "forecast";

export function App({ gateway, language }: { gateway: WorkbookGateway; language: Language }) {
  const styles = useStyles();
  const t = stringsFor(language);
  const [panel, setPanel] = useState<Panel>("periodize");
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.root} lang={language}>
        <Title3 as="h1">{t.title}</Title3>
        <TabList selectedValue={panel} onTabSelect={(_, d) => setPanel(d.value as Panel)}>
          <Tab value="periodize" data-testid="tab-periodize">
            {t.periodizeTab}
          </Tab>
          <Tab value="requirement" data-testid="tab-requirement">
            {t.requirementTab}
          </Tab>
          <Tab value="forecast" data-testid="tab-forecast">
            {t.forecastTab}
          </Tab>
        </TabList>
        {/* all stay mounted, so switching tabs keeps what the user chose */}
        <div hidden={panel !== "periodize"}>
          <PeriodizePanel gateway={gateway} strings={t} language={language} />
        </div>
        <div hidden={panel !== "requirement"}>
          <RequirementPanel gateway={gateway} strings={t} language={language} />
        </div>
        <div hidden={panel !== "forecast"}>
          <ForecastPanel gateway={gateway} strings={t} language={language} />
        </div>
      </div>
    </FluentProvider>
  );
}
