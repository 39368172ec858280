import { getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { useFetcher } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldErrors, PostForm, SelectField, SubmitButton, TextAreaField, TextField } from "~/components/forms";
import { formatWageInput } from "~/domain/pay-code";
import { internshipFormSchema } from "~/schemas/internship";

export type PayCheckView = { compliant: boolean; message: { key: string; params: Record<string, string | number> } } | null;
export type QualificationOption = { id: string; crebo: string | null; nameNl: string; nameEn: string; levels: string };
export type InternshipDefaults = Partial<Record<string, string>>;

type Props = {
  id: string;
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: InternshipDefaults;
  qualifications: QualificationOption[];
  payCheck: PayCheckView;
  /** Whether the organisation may publish now (approved, current signature). */
  mayPublish: boolean;
  publishLabel: string;
  /** The full-time minimum this organisation is held to today, from the rule in force. */
  codeMinimum: { minimum: number; fullTimeHours: number } | null;
  /** The hourly minimum (cents) for its BBL places today, from the rule in force. */
  wageMinimumCents: number | null;
};

/**
 * The internship form, shared by "new" and "edit". The pay check's sentence sits next
 * to the allowance: after a submit from the server, and while typing (with JavaScript)
 * from the same check through a resource route.
 */
export function InternshipForm({ id, lastResult, defaultValue, qualifications, payCheck, mayPublish, publishLabel, codeMinimum, wageMinimumCents }: Props) {
  const { t, i18n } = useTranslation();
  const [form, fields] = useForm({
    id,
    lastResult,
    defaultValue,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: internshipFormSchema }),
  });
  const fetcher = useFetcher<{ payCheck: PayCheckView }>();
  const [live, setLive] = useState<PayCheckView>(payCheck);
  const hoursRef = useRef<HTMLInputElement>(null);
  const allowanceRef = useRef<HTMLInputElement>(null);
  const wageRef = useRef<HTMLInputElement>(null);
  // Without JavaScript both amounts show and the server says which one belongs to the
  // route; with it, the amount that does not belong is hidden and not sent.
  const [route, setRoute] = useState<string>(defaultValue?.route ?? "");
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  useEffect(() => setLive(payCheck), [payCheck]);
  useEffect(() => {
    if (fetcher.data) setLive(fetcher.data.payCheck);
  }, [fetcher.data]);

  function refreshPayCheck(nextRoute = route) {
    const hours = hoursRef.current?.value ?? "";
    if (!/^\d+$/.test(hours)) return;
    if (nextRoute === "BBL") {
      const wage = (wageRef.current?.value ?? "").trim();
      if (!/^\d+([.,]\d{1,2})?$/.test(wage)) return;
      fetcher.load(`/werkgever/stages/vergoedingscheck?${new URLSearchParams({ route: "BBL", hoursPerWeek: hours, hourlyWage: wage })}`);
      return;
    }
    const allowance = allowanceRef.current?.value ?? "";
    if (!/^\d+$/.test(allowance)) return;
    fetcher.load(`/werkgever/stages/vergoedingscheck?${new URLSearchParams({ route: "BOL", hoursPerWeek: hours, monthlyAllowance: allowance })}`);
  }

  const allowance = fields.monthlyAllowance;
  const wage = fields.hourlyWage;
  const { key: wageKey, ...wageProps } = getInputProps(wage, { type: "text", ariaAttributes: false });
  const hideAllowance = scripted && route === "BBL";
  const hideWage = scripted && route === "BOL";
  const wagePayCheckId = `${wage.id}-paycheck`;
  const wageDescribedBy = [`${wage.id}-hint`, live ? wagePayCheckId : null, wage.errors?.length ? wage.errorId : null].filter(Boolean).join(" ");
  const { key: allowanceKey, ...allowanceProps } = getInputProps(allowance, { type: "text", ariaAttributes: false });
  const { key: hoursKey, ...hoursProps } = getInputProps(fields.hoursPerWeek, { type: "text", ariaAttributes: false });
  const payCheckId = `${allowance.id}-paycheck`;
  const allowanceDescribedBy = [`${allowance.id}-hint`, live ? payCheckId : null, allowance.errors?.length ? allowance.errorId : null]
    .filter(Boolean)
    .join(" ");
  const hoursDescribedBy = [`${fields.hoursPerWeek.id}-hint`, fields.hoursPerWeek.errors?.length ? fields.hoursPerWeek.errorId : null]
    .filter(Boolean)
    .join(" ");
  const en = i18n.language === "en";

  return (
    <PostForm form={form} className="space-y-6">
      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-semibold">{t("employer:internship.legend_what")}</legend>
        <TextField meta={fields.title} label={t("employer:internship.title")} required />
        <TextAreaField meta={fields.description} label={t("employer:internship.description")} rows={6} required />
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            meta={fields.qualificationId}
            label={t("employer:internship.qualification")}
            placeholder={t("forms:choose")}
            className="sm:col-span-2"
            options={qualifications.map((q) => ({
              value: q.id,
              label: `${en ? q.nameEn : q.nameNl}${q.crebo ? ` (crebo ${q.crebo})` : ""}`,
            }))}
            required
          />
          <SelectField
            meta={fields.level}
            label={t("employer:internship.level")}
            placeholder={t("forms:choose")}
            options={[1, 2, 3, 4].map((l) => ({ value: String(l), label: t("employer:internship.level_n", { level: l }) }))}
            required
          />
        </div>
        <SelectField
          meta={fields.route}
          label={t("employer:internship.route")}
          placeholder={t("forms:choose")}
          hint={t("employer:internship.route_hint")}
          options={[
            { value: "BOL", label: t("employer:internship.route_bol") },
            { value: "BBL", label: t("employer:internship.route_bbl") },
          ]}
          onChange={(event) => {
            setRoute(event.currentTarget.value);
            refreshPayCheck(event.currentTarget.value);
          }}
          required
        />
        <TextAreaField
          meta={fields.learningGoals}
          label={t("employer:internship.learning_goals")}
          hint={t("employer:internship.learning_goals_hint")}
          rows={4}
          required
        />
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-semibold">{t("employer:internship.legend_pay")}</legend>
        <p className="text-slate-700">{t("employer:internship.pay_intro")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={fields.hoursPerWeek.id} className="label">
              {t("employer:internship.hours")}
              <span aria-hidden="true"> *</span>
            </label>
            <input
              key={hoursKey}
              {...hoursProps}
              ref={hoursRef}
              inputMode="numeric"
              required
              className="input"
              onChange={() => refreshPayCheck()}
              aria-invalid={fields.hoursPerWeek.errors?.length ? true : undefined}
              aria-describedby={hoursDescribedBy}
            />
            <p id={`${fields.hoursPerWeek.id}-hint`} className="hint">
              {t("employer:internship.hours_hint")}
            </p>
            <FieldErrors id={fields.hoursPerWeek.errorId} errors={fields.hoursPerWeek.errors} />
          </div>
          <div hidden={hideAllowance}>
            <label htmlFor={allowance.id} className="label">
              {t("employer:internship.allowance_bol")}
            </label>
            <input
              key={allowanceKey}
              {...allowanceProps}
              ref={allowanceRef}
              inputMode="numeric"
              disabled={hideAllowance}
              className="input"
              onChange={() => refreshPayCheck()}
              aria-invalid={allowance.errors?.length ? true : undefined}
              aria-describedby={allowanceDescribedBy}
            />
            <p id={`${allowance.id}-hint`} className="hint">
              {codeMinimum ? t("employer:internship.allowance_minimum_hint", codeMinimum) : t("employer:internship.allowance_hint")}
            </p>
            <FieldErrors id={allowance.errorId} errors={allowance.errors} />
            <PayCheckLine id={payCheckId} live={route === "BBL" ? null : live} />
          </div>
          <div hidden={hideWage}>
            <label htmlFor={wage.id} className="label">
              {t("employer:internship.hourly_wage")}
            </label>
            <input
              key={wageKey}
              {...wageProps}
              ref={wageRef}
              inputMode="decimal"
              disabled={hideWage}
              className="input"
              onChange={() => refreshPayCheck()}
              aria-invalid={wage.errors?.length ? true : undefined}
              aria-describedby={wageDescribedBy}
            />
            <p id={`${wage.id}-hint`} className="hint">
              {wageMinimumCents !== null
                ? t("employer:internship.hourly_wage_minimum_hint", { minimum: formatWageInput(wageMinimumCents, en ? "en" : "nl") })
                : t("employer:internship.hourly_wage_hint")}
            </p>
            <FieldErrors id={wage.errorId} errors={wage.errors} />
            <PayCheckLine id={wagePayCheckId} live={route === "BBL" ? live : null} />
          </div>
        </div>
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-semibold">{t("employer:internship.legend_when")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField meta={fields.startDate} type="date" label={t("employer:internship.start_date")} required />
          <TextField
            meta={fields.durationWeeks}
            label={t("employer:internship.duration")}
            hint={t("employer:internship.duration_hint")}
            inputMode="numeric"
            required
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            meta={fields.locationStreet}
            label={t("employer:internship.location_street")}
            hint={t("employer:internship.location_street_hint")}
            autoComplete="address-line1"
          />
          <TextField
            meta={fields.locationPostcode}
            label={t("employer:internship.location_postcode")}
            hint={t("employer:internship.location_postcode_hint")}
            autoComplete="postal-code"
          />
          <TextField meta={fields.locationCity} label={t("employer:internship.location_city")} autoComplete="address-level2" required />
        </div>
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-semibold">{t("employer:internship.legend_trainer")}</legend>
        <p className="text-slate-700">{t("employer:internship.trainer_intro")}</p>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField meta={fields.trainerName} label={t("employer:internship.trainer_name")} required />
          <TextField meta={fields.trainerEmail} type="email" label={t("employer:internship.trainer_email")} required />
          <TextField meta={fields.trainerPhone} type="tel" label={t("employer:internship.trainer_phone")} />
        </div>
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton name="intent" value="save" className="btn btn-secondary">
          {t("employer:internship.save_draft")}
        </SubmitButton>
        {mayPublish ? (
          <SubmitButton name="intent" value="publish">
            {publishLabel}
          </SubmitButton>
        ) : (
          <p className="text-slate-700">{t("employer:internship.publish_needs_pact")}</p>
        )}
      </div>
    </PostForm>
  );
}

/** The check's sentence under the amount it is about, read out when it changes. */
function PayCheckLine({ id, live }: { id: string; live: PayCheckView }) {
  const { t } = useTranslation();
  return (
    <p id={id} aria-live="polite" className={live ? (live.compliant ? "mt-1 font-semibold text-green-800" : "field-error mt-1 font-semibold") : "sr-only"}>
      {live ? t(live.message.key, live.message.params) : ""}
    </p>
  );
}

/** Dates go into the form as YYYY-MM-DD. */
export function dateInputValue(date: Date | string | null | undefined) {
  if (!date) return undefined;
  return (typeof date === "string" ? date : date.toISOString()).slice(0, 10);
}
